using System.Collections.Frozen;

namespace CareerBot.Core.Search;

/// <summary>
/// Jobs that are not ML engineering. A question about one of them ("how much does a dentist earn", "the
/// career ladder for a product manager") is out of scope even when its other words (pay, ladder) are
/// words the guide uses, unless it also names the field itself.
/// </summary>
internal static class OtherProfessions
{
    // Porter stems of people's job titles; words that are also ordinary guide words (architect,
    // product, design, market) are left to the multi-word phrases below.
    private static readonly FrozenSet<string> Stems = new[]
    {
        "dentist", "doctor", "nurs", "physician", "surgeon", "pharmacist", "therapist", "veterinarian", "lawyer",
        "attornei", "paraleg", "accountant", "auditor", "banker", "cashier", "teacher", "professor", "tutor", "pilot",
        "plumber", "electrician", "carpent", "welder", "chef", "baker", "waiter", "waitress", "bartend", "barista",
        "firefight", "policeman", "soldier", "farmer", "trucker", "realtor", "actor", "actress", "musician", "singer",
        "painter", "photograph", "journalist", "marketer", "salesperson", "nanni", "janitor", "athlet", "influenc",
        "youtub", "streamer", "astronaut", "economist", "psychologist", "hairdress", "barber", "mechanic", "dancer",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Multi-word professions matched on the lower-case text.</summary>
    private static readonly string[] Phrases =
    [
        "product manager", "project manager", "sales manager", "real estate agent", "flight attendant", "web designer",
        "graphic designer", "ux designer", "police officer", "truck driver", "civil engineer", "mechanical engineer",
        "electrical engineer", "chemical engineer", "structural engineer", "sound engineer", "social media manager",
        "software architect", "building architect", "designs buildings", "design buildings", "architect who designs",
        "landscape architect", "architecture firm", "interior designer", "hr manager", "marketing manager", "law firm", "law school",
        "medical school", "nursing school", "med school",
    ];

    /// <summary>
    /// True when the text names a job other than ML engineering as what it asks about; not as the asker's own ("I was a
    /// nurse, how much maths is involved?").
    /// </summary>
    public static bool Named(string lowerText, IEnumerable<string> stems)
    {
        var padded = " " + lowerText + " ";
        return (Phrases.Any(p => padded.Contains(" " + p + " ", StringComparison.Ordinal)) || stems.Any(Stems.Contains))
            && !AskersOwn.Any(a => padded.Contains(a, StringComparison.Ordinal));
    }

    /// <summary>How an asker says what they do or did (the text as <see cref="Named"/> gets it: lower case, no apostrophes).</summary>
    private static readonly string[] AskersOwn = [" i was a ", " i am a ", " im a ", " i m a ", " i ve been a ", " ive been a ", " i have been a ", " i work as ", " i worked as ", " former ", " ex "];
}
