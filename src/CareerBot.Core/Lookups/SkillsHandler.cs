using CareerBot.Core.Knowledge;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Lookups;

/// <summary><c>skills [area]</c>: the skills the guide lists, for one area or all, noting the ones asked about.</summary>
internal sealed class SkillsHandler : ICommandHandler
{
    public string Name => CommandNames.Skills;

    public ValueTask<Reply> HandleAsync(BotCommand command, KnowledgeSnapshot snapshot, CancellationToken cancellationToken)
    {
        var areas = snapshot.Knowledge.SkillAreas;
        var phrase = Phrase.Of(command.Corrected);
        var named = areas.Where(a => phrase.HasAny(a.Aliases.Append(a.Area).Append(a.Title))).ToList();
        var mentioned = areas.SelectMany(a => a.Items.Where(i => Mentions(phrase, i)).Select(i => (Area: a, Item: i))).ToArray();
        foreach (var area in mentioned.Select(m => m.Area).Where(a => !named.Contains(a)))
        {
            named.Add(area);
        }

        var everything = phrase.HasAny(["full", "all", "complete", "whole", "entire", "everything", "overall"]);
        var shown = named.Count > 0 && !everything ? named.OrderBy(a => areas.ToList().IndexOf(a)).ToList() : areas.ToList();
        var blocks = new List<ReplyBlock>();
        if (mentioned.Length > 0)
        {
            blocks.Add(ReplyBlock.Prose("Yes: the guide lists " + JoinNames(mentioned.Select(m => m.Item.Name)) + " among the skills ML engineers need."));
        }
        else if (named.Count == 0 && command.Explicit && command.Argument.Length > 0)
        {
            blocks.Add(ReplyBlock.Prose($"I don't know a skill area called \"{UserText.Mark(command.Argument)}\"; here are all of them."));
        }

        blocks.AddRange(shown.Select(a => ReplyBlock.List($"{a.Title}: {a.Lead}".TrimEnd(), a.Items.Select(i => i.Name))));
        var title = shown.Count == 1 ? shown[0].Title : "Skills an ML engineer needs";
        var followUps = areas.Where(a => !shown.Contains(a)).Select(a => new FollowUp(a.Title, $"skills {a.Area}")).ToList();
        followUps.Add(new FollowUp("Check my skills", "skills check " + string.Join(", ", shown[0].Items.Take(2).SelectMany(i => i.Keywords.Take(1)))));
        return ValueTask.FromResult(new Reply(
            Intent.Skills,
            true,
            title,
            blocks,
            null,
            [],
            SourceFinder.ForAll(snapshot, shown.Select(a => (a.Items[0].Name, a.Source))),
            followUps));
    }

    /// <summary>Whether a guide section is the list of one of the skill areas.</summary>
    internal static bool ListsASkillArea(GuideSection section, KnowledgeBase knowledge) =>
        knowledge.SkillAreas.Any(a => a.Items.All(i => section.Items.Contains(i.Name)));

    internal static bool Mentions(Phrase phrase, SkillItem item) => phrase.Has(item.Name) || phrase.HasAny(item.Keywords);

    internal static string JoinNames(IEnumerable<string> names)
    {
        var list = names.Distinct().ToArray();
        return list.Length switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => string.Join(", ", list[..^1]) + " and " + list[^1],
        };
    }
}
