using CareerBot.Core.Knowledge;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Lookups;

/// <summary><c>path [from level]</c>: the ladder, or the steps that follow a level.</summary>
internal sealed class PathHandler : ICommandHandler
{
    private static readonly string[] FromWords = ["from", "after", "beyond", "above", "past", "following", "as a", "as an", "im a", "i am a", "im an", "i am an"];

    private static readonly string[] BeforeWords = ["before", "below", "under", "prior to", "precedes", "leads to", "lead to", "get to", "reach", "become", "becoming"];

    public string Name => CommandNames.Path;

    public ValueTask<Reply> HandleAsync(BotCommand command, KnowledgeSnapshot snapshot, CancellationToken cancellationToken)
    {
        var ladder = snapshot.Knowledge.Ladder;
        var phrase = Phrase.Of(command.Corrected);
        var steps = LevelMatcher.LadderSteps(phrase, ladder);
        var from = steps.Count == 1 || (steps.Count > 0 && phrase.HasAny(FromWords)) ? steps[0] : null;
        if (from is not null && phrase.HasAny(BeforeWords))
        {
            return ValueTask.FromResult(Before(from, snapshot));
        }

        return ValueTask.FromResult(from is null ? WholeLadder(snapshot, steps.Count == 0 ? UnknownLevel(command) : null) : From(from, snapshot));
    }

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

        blocks.Add(ReplyBlock.Prose("The usual ML engineering career progression: " + string.Join(" → ", ladder.Steps.Select(s => s.Title)) + "."));
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

    private static Reply From(LadderStep from, KnowledgeSnapshot snapshot)
    {
        var steps = snapshot.Knowledge.Ladder.Steps;
        var index = steps.ToList().IndexOf(from);
        var after = steps.Skip(index + 1).ToArray();
        var text = after.Length switch
        {
            0 => $"{from.Title} is the top of the career ladder in the guide: " + string.Join(" → ", steps.Select(s => s.Title)) + ".",
            1 => $"After {from.Title} comes {after[0].Title}.",
            _ => $"After {from.Title} comes {after[0].Title}, then {SkillsHandler.JoinNames(after.Skip(1).Select(s => s.Title))}.",
        };
        var shown = steps.Skip(index).ToArray();
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
            [
                ReplyBlock.Prose(text),
                ReplyBlock.Prose("The full progression: " + string.Join(" → ", steps.Select(s => s.Title)) + "."),
            ],
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
            : $"Before {target.Title} comes {before[^1].Title}. The way up: " + string.Join(" → ", steps.Take(index + 1).Select(s => s.Title)) + ".";
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
