using CareerBot.Core.Knowledge;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Lookups;

/// <summary><c>salary [level]</c>: the range for the level asked, or every level as a table.</summary>
internal sealed class SalaryHandler : ICommandHandler
{
    public string Name => CommandNames.Salary;

    public ValueTask<Reply> HandleAsync(BotCommand command, KnowledgeSnapshot snapshot, CancellationToken cancellationToken)
    {
        var bands = snapshot.Knowledge.Salaries;
        // "the most senior pay bracket": the table, top included; "not senior yet": a level the asker is not.
        var phrase = LevelMatcher.WithoutNegated(Phrase.Of(command.Corrected).Without(LevelMatcher.Superlatives), bands, snapshot.Knowledge.Ladder);
        var asked = LevelMatcher.SalaryLevels(phrase, bands);
        var steps = LevelMatcher.LadderSteps(phrase, snapshot.Knowledge.Ladder);
        if (LevelMatcher.PlacedBeside(phrase, steps, snapshot.Knowledge.Ladder) is { } placed)
        {
            // "What does the level after senior earn?" asks the pay of the rung placed, not of the one named.
            (asked, steps) = (bands.Where(b => b.Level == placed.SalaryLevel).ToArray(), [placed]);
        }

        if (asked.Count > 0 && steps.FirstOrDefault(s => s.SalaryLevel is null) is { } unpaid)
        {
            // "Do ML architects earn more than lead engineers?": the lead band is no answer when the other rung has none.
            return ValueTask.FromResult(NoFigureFor(unpaid, snapshot));
        }

        if (asked.Count == 0)
        {
            var step = steps.FirstOrDefault();
            if (step?.SalaryLevel is { } mapped)
            {
                asked = bands.Where(b => b.Level == mapped).ToArray();
            }
            else if (step is not null)
            {
                return ValueTask.FromResult(NoFigureFor(step, snapshot));
            }
            else if ((ScopeCheck.UnheldLevel(phrase, snapshot.Knowledge) ?? (command.Explicit ? null : ScopeCheck.UnmatchedTitle(command, snapshot))) is { } title)
            {
                return ValueTask.FromResult(AllLevels(snapshot, $"The knowledge has no salary figures for \"{UserText.Mark(title)}\"; here are the levels it has.") with { Answered = false });
            }
        }

        if (SalaryAmount.Find(command.Corrected, bands) is { } amount)
        {
            return ValueTask.FromResult(Placed(amount, asked, snapshot));
        }

        return ValueTask.FromResult(asked.Count switch
        {
            // A typed level the data does not hold: not an answer to it ("salary wizard"), then every level.
            0 when NotRecognised(command) is { } lead => AllLevels(snapshot, lead) with { Answered = !NamesSomethingUnknown(command, snapshot) },
            0 => AllLevels(snapshot, Judgement(command, snapshot)),
            1 => OneLevel(asked[0], snapshot),
            _ => SalaryCompareHandler.Build(asked, snapshot),
        });
    }

    /// <summary>Words that open a yes-or-no question ("is the pay actually good?", "do ML engineers get paid well?").</summary>
    internal static readonly string[] YesNoOpenings = ["is", "are", "does", "do", "will", "would", "can", "could", "isn", "aren"];

    /// <summary>
    /// "Is the pay actually good or is that hype?" asks for a judgement of the pay, not for the figures: the guide's
    /// own word on it leads (the section the search answers from, when it is not the one the figures come from:
    /// "Competitive Compensation: high base salaries, ..."), and the figures follow. Null for other questions.
    /// </summary>
    private static string? Judgement(BotCommand command, KnowledgeSnapshot snapshot)
    {
        // The question the message asks, after what it says about the asker ("I'm a parent. Is it a stable, well-paid field?").
        var opening = Phrase.Of(Sentences.Asked(command.Corrected) ?? command.Corrected).Words.SkipWhile(w => Conversations.FollowUpWords.Fillers.Contains(w) || w is "tbh" or "honestly" or "but").FirstOrDefault();
        if (command.Explicit || opening is null || !YesNoOpenings.Contains(opening)
            || Search.SnapshotSearch.Search(snapshot, command.Corrected, maxHits: 2) is not { Confident: true, Hits: [_, ..] } result)
        {
            return null;
        }

        // The figures' own section first ("is the pay good overall?") leaves the guide's word on the pay to the next one.
        var figures = SourceFinder.ForAll(snapshot, snapshot.Knowledge.Salaries.Select(b => (Fact(b), b.Source)));
        if (result.Hits.FirstOrDefault(h => !figures.Any(f => f.Section == h.Section.Heading)) is not { } best)
        {
            return null; // only the figures' own section: the table says it
        }

        var lines = best.Section.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => l.TrimStart('-', '*', ' ').TrimEnd('.', ':'));
        return $"In the guide's {best.Section.Heading}: {string.Join("; ", lines)}.";
    }

    internal static Reply AllLevels(KnowledgeSnapshot snapshot, string? lead)
    {
        var bands = snapshot.Knowledge.Salaries;
        var blocks = new List<ReplyBlock>();
        if (lead is not null)
        {
            blocks.Add(ReplyBlock.Prose(lead));
        }

        // The figures are in the table only: a list of the same rows above it would show every figure twice.
        blocks.Add(ReplyBlock.Prose($"{Capitalise(Money.Basis(bands))} by level:"));
        return new Reply(
            Intent.Salary,
            true,
            "ML engineer salaries by level",
            blocks,
            new ReplyTable(["Level", "Range"], bands.Select(b => (IReadOnlyList<string>)[b.Title, Money.Range(b)]).ToArray()),
            [],
            SourceFinder.ForAll(snapshot, bands.Select(b => (SalaryHandler.Fact(b), b.Source))),
            bands.Take(4).Select(b => new FollowUp($"{b.Title} salary", $"salary {b.Level}")).ToArray(),
            Footnote(bands));
    }

    /// <summary>
    /// A figure the asker names ("got an offer at 100k, fair?"), placed against the bands ("$100,000 is within the
    /// Entry-level ML Engineer range ($90,000-$120,000)."), then every level. The knowledge's medians are not offers, so
    /// the reply places the figure and judges nothing else.
    /// </summary>
    private static Reply Placed(decimal amount, IReadOnlyList<SalaryBand> asked, KnowledgeSnapshot snapshot)
    {
        var bands = snapshot.Knowledge.Salaries;
        var reply = AllLevels(snapshot, SalaryAmount.Place(amount, asked, bands));
        return reply with { Title = $"{Money.Amount(amount, bands[0].Currency)} against the {Money.Basis(bands)}" };
    }

    private static Reply OneLevel(SalaryBand band, KnowledgeSnapshot snapshot)
    {
        var bands = snapshot.Knowledge.Salaries;
        var index = bands.ToList().IndexOf(band);
        var next = index + 1 < bands.Count ? bands[index + 1] : null;
        var followUps = new List<FollowUp>();
        if (next is not null)
        {
            followUps.Add(new FollowUp($"Compare with {next.Title}", $"salary compare {band.Level} {next.Level}"));
        }

        followUps.Add(new FollowUp("All levels", "salary"));
        var step = snapshot.Knowledge.Ladder.Steps.FirstOrDefault(s => s.SalaryLevel == band.Level);
        if (step is not null)
        {
            followUps.Add(new FollowUp($"What comes after {step.Title}?", $"path from {step.Step}"));
        }

        return new Reply(
            Intent.Salary,
            true,
            $"{band.Title} salary",
            [ReplyBlock.Prose($"{band.Title}: {Money.Range(band)} a year ({band.Year} {band.Basis}, {band.Currency}).")],
            null,
            [], // the sentence above states level, range and basis; fields would repeat them
            [SourceFinder.For(snapshot, Fact(band), band.Source)],
            followUps,
            Footnote([band]));
    }

    private static Reply NoFigureFor(LadderStep step, KnowledgeSnapshot snapshot)
    {
        var top = snapshot.Knowledge.Salaries[^1];
        // The knowledge has no figure for that rung: not answered, then what it does have.
        return AllLevels(snapshot, $"The guide gives no salary figure for {step.Title}. The highest band it lists is {top.Title}: {Money.Range(top)}.") with { Answered = false };
    }

    /// <summary>
    /// The lead of a typed <c>salary X</c> whose X is not a level: not an answer to X, then every level. "salary
    /// for ML engineers" names only the bot's own role, which every level answers.
    /// </summary>
    private static string? NotRecognised(BotCommand command) =>
        command.Explicit && Phrase.Of(command.Argument).Words.Any(w => !Conversations.FollowUpWords.NoSubject.Contains(w))
            ? $"I don't have a salary level called \"{UserText.Mark(command.Argument)}\"; here are the levels I know."
            : null;

    /// <summary>A word in the typed level the knowledge never uses ("wizard", "Bangalore"): a level it has no figures for.</summary>
    private static bool NamesSomethingUnknown(BotCommand command, KnowledgeSnapshot snapshot) =>
        Phrase.Of(command.Argument).Words.Any(w => w.Length > 2 && !char.IsDigit(w[0]) && !Conversations.FollowUpWords.NoSubject.Contains(w)
            && !snapshot.Index.Speller.IsKnown(w) && snapshot.Index.Speller.Correct(w) is null);

    /// <summary>How the guide states a band ("Senior ML Engineer: $160,000-$200,000+"), to find its section.</summary>
    internal static string Fact(SalaryBand band) => $"{band.Title}: {Money.Range(band)}";

    /// <summary>Whether a guide section is the one the salary data comes from: it states every band.</summary>
    internal static bool StatesEveryBand(GuideSection section, KnowledgeBase knowledge) =>
        knowledge.Salaries.Count > 0 && knowledge.Salaries.All(b => section.Items.Contains(Fact(b)));

    internal static string Footnote(IEnumerable<SalaryBand> bands)
    {
        var rows = bands.ToArray();
        var openEnded = rows.Any(b => b.OpenEnded) ? " A \"+\" means the range is open-ended at the top." : string.Empty;
        return $"Figures are {Money.Basis(rows)} from the career guide, not offers or guarantees.{openEnded}";
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
