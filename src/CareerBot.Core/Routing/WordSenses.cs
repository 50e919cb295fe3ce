using System.Text.RegularExpressions;

namespace CareerBot.Core.Routing;

/// <summary>
/// Words with two senses in career questions, read by their neighbours before anything else sees them. "CV" is
/// computer vision to the skills data ("CV models", "experience in CV") and a résumé to a job seeker ("on my CV", "a
/// CV before they'll interview you"): the second is rewritten as "resume", so it neither names the vision skill nor
/// pulls the domain-knowledge section. "In the long run" is the long term.
/// </summary>
internal static partial class WordSenses
{
    public static string Disambiguate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var resume = ResumeCv().Replace(text, m => m.Groups["before"].Value + (m.Groups["plural"].Success ? "resumes" : "resume"));
        return LongRun().Replace(resume, m => $"{m.Groups["lead"].Value} the long term");
    }

    /// <summary>"In the long run", "over the long haul": the long term, where nothing runs or is hauled.</summary>
    [GeneratedRegex(@"\b(?<lead>in|over|for)\s+the\s+long\s+(?:run|haul)\b(?!-)", RegexOptions.IgnoreCase)]
    private static partial Regex LongRun();

    /// <summary>"CV" after a possessive, an article or "on", and not before a word of the vision field.</summary>
    [GeneratedRegex(@"(?<before>\b(?:my|your|his|her|their|our|a|the|on|updated?|polish(?:ed)?)\s+)cv(?<plural>s)?\b(?!\s*(?:model|models|task|tasks|research|engineers?|engineering|work|problems?|pipelines?|systems?|projects?|applications?|techniques?|skills?|side|roles?|jobs?|experience|specialists?|team))", RegexOptions.IgnoreCase)]
    private static partial Regex ResumeCv();
}
