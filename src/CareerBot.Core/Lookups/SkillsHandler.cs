using System.Text.RegularExpressions;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Lookups;

/// <summary><c>skills [area]</c>: the skills the guide lists, for one area or all, noting the ones asked about.</summary>
internal sealed partial class SkillsHandler : ICommandHandler
{
    public string Name => CommandNames.Skills;

    public ValueTask<Reply> HandleAsync(BotCommand command, KnowledgeSnapshot snapshot, CancellationToken cancellationToken)
    {
        var areas = snapshot.Knowledge.SkillAreas;

        // "Beyond coding and maths, what else?": the areas set aside are not the ones asked about.
        var aside = SetAside().Matches(command.Corrected).Select(m => m.Groups["aside"].Value).ToArray();
        var phrase = Phrase.Of(WithoutSetAside(command.Corrected));
        // An area set aside by name ("beyond coding and maths", "besides the maths"); one skill set aside ("apart from
        // Python") leaves its area, and so does an area's name that is also one of its skills' when it is all that is set
        // aside ("besides just coding": the programming languages, not Linux or CUDA).
        var asidePhrase = Phrase.Of(string.Join(" , ", aside));
        var areasAside = aside.Length == 0 ? [] : NamedAreas(asidePhrase, areas).Where(n => n.Item is null).Select(n => n.Area).ToHashSet();
        var setAside = areasAside.Count == 1 ? areasAside.Where(a => !a.Items.Any(i => Mentions(asidePhrase, i))).ToHashSet() : areasAside;
        var found = NamedAreas(phrase, areas).ToArray();
        var named = found.Select(f => f.Area).Distinct().ToList();
        var mentioned = found.Where(f => f.Item is not null).Select(f => (f.Area, Item: f.Item!)).ToArray();

        // "What skills and maths do I need?": the skills in general beside one area are all of them.
        var everything = phrase.HasAny(["full", "all", "complete", "whole", "entire", "everything", "overall"]) || SkillsBesideAnArea().IsMatch(command.Corrected);
        var shown = named.Count > 0 && !everything ? named.OrderBy(a => areas.ToList().IndexOf(a)).ToList()
            : setAside.Count > 0 && setAside.Count < areas.Count ? areas.Where(a => !setAside.Contains(a)).ToList()
            : areas.ToList();
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

    /// <summary>The areas a phrase names (by name or alias: no item) or mentions an item of, in the knowledge's order.</summary>
    private static IEnumerable<(SkillArea Area, SkillItem? Item)> NamedAreas(Phrase phrase, IReadOnlyList<SkillArea> areas) =>
        areas.Where(a => phrase.HasAny(a.Aliases.Append(a.Area).Append(a.Title))).Select(a => (a, (SkillItem?)null))
            .Concat(areas.SelectMany(a => a.Items.Where(i => Mentions(phrase, i)).Select(i => (a, (SkillItem?)i))));

    /// <summary>The question without what it sets aside ("beyond coding and maths, what else?" - ", what else?").</summary>
    internal static string WithoutSetAside(string question) =>
        SetAside().Replace(question, " ");

    /// <summary>What a question sets aside, up to the end of its clause: "beyond coding and maths", "besides the maths".</summary>
    [GeneratedRegex(@"\b(?:beyond|besides|apart\s+from|aside\s+from|other\s+than|except(?:\s+for)?|outside\s+of|not\s+counting)\s+(?<aside>[^,.;:?!]+)", RegexOptions.IgnoreCase)]
    private static partial Regex SetAside();

    /// <summary>"Skills" unqualified, joined to something else by "and" ("skills and maths", "the maths and the skills").</summary>
    [GeneratedRegex(@"(?<!\b(?:technical|soft|domain|math|maths|mathematical|programming|coding|engineering|people|business)\s)\bskills\s+(?:and|&|plus)\s|\s(?:and|&|plus)\s+(?:the\s+)?skills\b", RegexOptions.IgnoreCase)]
    private static partial Regex SkillsBesideAnArea();

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
