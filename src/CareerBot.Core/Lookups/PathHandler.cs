using CareerBot.Core.Knowledge;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Lookups;

/// <summary><c>path [from level]</c>: the ladder, or the steps that follow a level.</summary>
internal sealed class PathHandler : ICommandHandler
{
    /// <summary>How the answer to "what comes after X?" begins ("After X comes Y."); the conversation takes Y as its subject.</summary>
    internal const string NextLead = "After ";

    private static readonly string[] BeforeWords = ["before", "below", "under", "prior to", "precedes", "leads to", "lead to", "get to", "reach", "become", "becoming"];

    /// <summary>Asking what follows ("after junior and senior, what comes next?"), with two rungs named.</summary>
    private static readonly string[] AfterWords = ["after", "next", "beyond", "past", "comes after", "come after"];

    /// <summary>Asking about the span between two rungs ("how many steps between junior and lead?").</summary>
    private static readonly string[] BetweenWords = ["between", "how many", "how far", "how long", "from", "order", "higher", "lower", "which", "vs", "versus"];

    /// <summary>Asking what lies above a rung; with <see cref="BeforeWords"/> too, the question asks for both sides.</summary>
    private static readonly string[] AboveWords = ["above", "after", "next", "over"];

    private static readonly string[] TopWords = ["top", "highest", "most senior", "last", "final", "finish", "peak", "end", "ends", "ceiling", "furthest", "max", "how high", "how far up"];

    private static readonly string[] StartWords = ["start", "starts", "begin", "begins", "first", "lowest", "bottom", "entry point", "bottom rung", "beginning", "most junior"];

    /// <summary>Idioms whose words read as a direction on the ladder: "6 years under my belt" is no rung below.</summary>
    private static readonly string[] Idioms = ["under my belt", "under your belt", "under his belt", "under her belt", "under their belt", "under our belt"];

    /// <summary>Asking where one rung stands on the ladder, not what follows it: "where does ML architect sit?"</summary>
    private static readonly string[] PositionWords = ["sit", "sits", "fit", "fits", "stand", "stands", "rank", "ranks", "fall", "falls", "belong", "where on", "what step", "which step", "what rung", "which rung", "what position", "where is", "where does", "where do"];

    public string Name => CommandNames.Path;

    public ValueTask<Reply> HandleAsync(BotCommand command, KnowledgeSnapshot snapshot, CancellationToken cancellationToken)
    {
        var ladder = snapshot.Knowledge.Ladder;
        var phrase = Phrase.Of(command.Corrected).Without(Idioms);
        var steps = LevelMatcher.LadderSteps(phrase.Without(LevelMatcher.Superlatives), ladder).Distinct().ToArray();
        if (steps.Length >= 2 && phrase.HasAny(AfterWords) && !phrase.HasAny(BetweenWords) && !phrase.HasAny(BeforeWords)
            && !SalaryHandler.YesNoOpenings.Contains(phrase.Words.FirstOrDefault()))
        {
            // "after junior and senior, what titles come next?": the rungs named are behind the asker; what follows the higher.
            // "Is lead the step directly after senior?" asks their order, below.
            return ValueTask.FromResult(From(steps.MaxBy(s => ladder.Steps.ToList().IndexOf(s))!, snapshot));
        }

        if (steps.Length >= 2)
        {
            return ValueTask.FromResult(Between(steps[0], steps[1], snapshot));
        }

        var from = steps.Length == 1 ? steps[0] : null;
        if (from is not null && phrase.HasAny(BeforeWords) && phrase.HasAny(AboveWords))
        {
            return ValueTask.FromResult(Position(from, snapshot)); // "what's below senior and what's above it?": both neighbours
        }

        if (from is not null && phrase.HasAny(BeforeWords))
        {
            return ValueTask.FromResult(Before(from, snapshot));
        }

        if (from is not null && phrase.HasAny(PositionWords))
        {
            return ValueTask.FromResult(Position(from, snapshot));
        }

        return ValueTask.FromResult(from is null ? WholeLadder(snapshot, UnknownLevel(command) ?? EndOfLadder(phrase, ladder)) : From(from, snapshot));
    }

    /// <summary>
    /// "Where does the ladder start?", "what is the top role?": the end asked for, before the whole ladder. Both ends
    /// ("the levels from bottom to top") ask for the whole ladder, which follows anyway.
    /// </summary>
    private static string? EndOfLadder(Phrase phrase, CareerLadder ladder) =>
        EndAsked(phrase) switch
        {
            1 => $"The top of the ladder in the guide is {ladder.Steps[^1].Title}.",
            -1 => $"The ladder starts at {ladder.Steps[0].Title}.",
            _ => null,
        };

    /// <summary>Whether a guide section is the one the ladder comes from: it lists every rung.</summary>
    internal static bool ListsTheLadder(GuideSection section, KnowledgeBase knowledge) =>
        knowledge.Ladder.Steps.Count > 0 && knowledge.Ladder.Steps.All(s => section.Items.Contains(s.Title));

    /// <summary>Which end of the ladder a phrase asks for: 1 the top ("the very top", "where does it end"), -1 the start, null neither or both.</summary>
    internal static int? EndAsked(Phrase phrase) =>
        (phrase.HasAny(TopWords), phrase.HasAny(StartWords)) switch
        {
            (true, false) => 1,
            (false, true) => -1,
            _ => null,
        };

    /// <summary>Two rungs: which comes first, and the steps from the lower to the higher.</summary>
    private static Reply Between(LadderStep a, LadderStep b, KnowledgeSnapshot snapshot)
    {
        var steps = snapshot.Knowledge.Ladder.Steps.ToList();
        var (low, high) = steps.IndexOf(a) < steps.IndexOf(b) ? (a, b) : (b, a);
        var span = steps.Skip(steps.IndexOf(low)).Take(steps.IndexOf(high) - steps.IndexOf(low) + 1).ToArray();
        var count = span.Length - 1;
        var text = $"{low.Title} comes before {high.Title}: {high.Title} is {Words(count)} above {low.Title} ({count} on the ladder), so {low.Title} is below {high.Title}.";
        return new Reply(
            Intent.Path,
            true,
            $"{low.Title} → {high.Title}",
            [ReplyBlock.Prose(text)], // the steps between are the table's rows: not listed again here
            Table(span, snapshot),
            [],
            [SourceFinder.For(snapshot, high.Title, snapshot.Knowledge.Ladder.Source)],
            [new FollowUp($"After {high.Title}", $"path from {high.Step}"), new FollowUp("Whole ladder", "path")],
            SalaryNote(span, snapshot));
    }

    private static string Words(int count) => count switch
    {
        1 => "one step",
        2 => "two steps",
        3 => "three steps",
        4 => "four steps",
        5 => "five steps",
        _ => $"{count} steps",
    };

    private static string? UnknownLevel(BotCommand command)
    {
        var phrase = Phrase.Of(command.Corrected);
        return command.Explicit && phrase.Has("from")
            ? $"I don't know the level \"{UserText.Mark(command.Argument.Replace("from", string.Empty, StringComparison.OrdinalIgnoreCase).Trim())}\"; here is the whole ladder."
            : null;
    }

    private static Reply WholeLadder(KnowledgeSnapshot snapshot, string? lead)
    {
        var ladder = snapshot.Knowledge.Ladder;
        var blocks = new List<ReplyBlock>();
        if (lead is not null)
        {
            blocks.Add(ReplyBlock.Prose(lead));
        }

        // The steps themselves are the table's rows (with their salaries): a sentence listing them too would say it twice.
        blocks.Add(ReplyBlock.Prose($"The usual ML engineering career progression has {Words(ladder.Steps.Count)}, from {ladder.Steps[0].Title} up to {ladder.Steps[^1].Title}, shown in the table below."));
        blocks.Add(ReplyBlock.List("To get on the ladder, typical entry requirements are:", ladder.EntryRequirements));
        return new Reply(
            Intent.Path,
            true,
            "The ML engineering career ladder",
            blocks,
            Table(ladder.Steps, snapshot),
            [],
            [SourceFinder.For(snapshot, ladder.Steps[0].Title, ladder.Source), SourceFinder.For(snapshot, ladder.EntryRequirements[0], ladder.Source)],
            ladder.Steps.Take(ladder.Steps.Count - 1).Take(4).Select(s => new FollowUp($"After {s.Title}", $"path from {s.Step}")).ToArray(),
            SalaryNote(ladder.Steps, snapshot));
    }

    /// <summary>Where one rung stands: its step number, the rung below and the rung above, with the whole ladder.</summary>
    private static Reply Position(LadderStep step, KnowledgeSnapshot snapshot)
    {
        var steps = snapshot.Knowledge.Ladder.Steps;
        var index = steps.ToList().IndexOf(step);
        var where = $"{step.Title} is step {index + 1} of {steps.Count} on the ladder";
        var text = index == 0 ? $"{where}, its first step, below {steps[1].Title}."
            : index == steps.Count - 1 ? $"{where}, its top, above {steps[index - 1].Title}."
            : $"{where}, above {steps[index - 1].Title} and below {steps[index + 1].Title}.";
        return new Reply(
            Intent.Path,
            true,
            $"Where {step.Title} sits on the ladder",
            [ReplyBlock.Prose(text)],
            Table(steps, snapshot),
            [],
            [SourceFinder.For(snapshot, step.Title, snapshot.Knowledge.Ladder.Source)],
            [.. index < steps.Count - 1 ? [new FollowUp($"After {step.Title}", $"path from {step.Step}")] : Array.Empty<FollowUp>(), new FollowUp("Whole ladder", "path")],
            SalaryNote(steps, snapshot));
    }

    private static Reply From(LadderStep from, KnowledgeSnapshot snapshot)
    {
        var steps = snapshot.Knowledge.Ladder.Steps;
        var index = steps.ToList().IndexOf(from);
        var after = steps.Skip(index + 1).ToArray();
        // The answer is the next step; the steps from this one up are the table's rows, said once there (the whole
        // ladder when this is the top).
        var text = after.Length == 0
            ? $"{from.Title} is the top of the career ladder in the guide; the whole ladder is below."
            : $"{NextLead}{from.Title} comes {after[0].Title}." + (after.Length > 1 ? $" The steps from {from.Title} to the top are in the table below." : string.Empty);
        var shown = after.Length == 0 ? steps.ToArray() : steps.Skip(index).ToArray();
        var followUps = new List<FollowUp>();
        if (after.Length > 0)
        {
            followUps.Add(new FollowUp($"After {after[0].Title}", $"path from {after[0].Step}"));
        }

        if (after.FirstOrDefault()?.SalaryLevel is { } nextLevel)
        {
            followUps.Add(new FollowUp($"{after[0].Title} salary", $"salary {nextLevel}"));
        }

        followUps.Add(new FollowUp("Whole ladder", "path"));
        return new Reply(
            Intent.Path,
            true,
            after.Length == 0 ? $"{from.Title}: the top of the ladder" : $"What comes after {from.Title}",
            [ReplyBlock.Prose(text)],
            Table(shown, snapshot),
            [],
            [SourceFinder.For(snapshot, from.Title, snapshot.Knowledge.Ladder.Source)],
            followUps,
            SalaryNote(shown, snapshot));
    }

    private static Reply Before(LadderStep target, KnowledgeSnapshot snapshot)
    {
        var steps = snapshot.Knowledge.Ladder.Steps;
        var index = steps.ToList().IndexOf(target);
        var before = steps.Take(index).ToArray();
        var text = before.Length == 0
            ? $"{target.Title} is the first step of the ladder in the guide."
            : $"Before {target.Title} comes {before[^1].Title}. The way up to it is in the table below.";
        return new Reply(
            Intent.Path,
            true,
            $"The path to {target.Title}",
            [ReplyBlock.Prose(text), ReplyBlock.List("Typical entry requirements for the ladder:", snapshot.Knowledge.Ladder.EntryRequirements)],
            Table(steps.Take(index + 1), snapshot),
            [],
            [SourceFinder.For(snapshot, target.Title, snapshot.Knowledge.Ladder.Source)],
            [new FollowUp($"After {target.Title}", $"path from {target.Step}"), new FollowUp("Whole ladder", "path")],
            SalaryNote(steps.Take(index + 1), snapshot));
    }

    private static ReplyTable Table(IEnumerable<LadderStep> steps, KnowledgeSnapshot snapshot) => new(
        ["Step", "Role", "Salary (guide)"],
        steps.Select(s => (IReadOnlyList<string>)
        [
            (snapshot.Knowledge.Ladder.Steps.ToList().IndexOf(s) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            s.Title,
            Band(s, snapshot) is { } band ? Money.Range(band) : "not given",
        ]).ToArray());

    private static SalaryBand? Band(LadderStep step, KnowledgeSnapshot snapshot) =>
        step.SalaryLevel is null ? null : snapshot.Knowledge.Salaries.FirstOrDefault(b => b.Level == step.SalaryLevel);

    private static string? SalaryNote(IEnumerable<LadderStep> steps, KnowledgeSnapshot snapshot)
    {
        var bands = steps.Select(s => Band(s, snapshot)).OfType<SalaryBand>().ToArray();
        return bands.Length == 0 ? null : SalaryHandler.Footnote(bands);
    }
}
