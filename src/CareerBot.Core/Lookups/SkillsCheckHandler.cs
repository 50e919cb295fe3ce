using CareerBot.Core.Knowledge;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Lookups;

/// <summary>
/// <c>skills check python, linear algebra</c>: per area of the guide, what the user already has and what
/// they still need; anything the guide does not list is said so, not silently dropped.
/// </summary>
internal sealed class SkillsCheckHandler : ICommandHandler
{
    private static readonly char[] Separators = [',', ';', '\n'];

    public string Name => CommandNames.SkillsCheck;

    public ValueTask<Reply> HandleAsync(BotCommand command, KnowledgeSnapshot snapshot, CancellationToken cancellationToken)
    {
        var areas = snapshot.Knowledge.SkillAreas;
        var entries = command.Corrected
            .Replace(" and ", ",", StringComparison.OrdinalIgnoreCase)
            .Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(e => e.Trim('.', '!', '?'))
            .Where(e => e.Length > 0)
            .ToArray();
        if (!command.Explicit)
        {
            // Free text ("I know python and SQL, what am I missing?"): the whole sentence is one entry list.
            entries = [command.Corrected];
        }

        if (entries.Length == 0)
        {
            return ValueTask.FromResult(Usage(snapshot));
        }

        var have = new HashSet<SkillItem>();
        var unknown = new List<string>();
        foreach (var entry in entries)
        {
            var phrase = Phrase.Of(entry);
            var matches = areas.SelectMany(a => a.Items).Where(i => SkillsHandler.Mentions(phrase, i)).ToArray();
            if (matches.Length == 0 && command.Explicit)
            {
                unknown.Add(entry);
            }

            have.UnionWith(matches);
        }

        var fields = areas.Select(a =>
        {
            var got = a.Items.Where(have.Contains).Select(i => i.Name).ToArray();
            var missing = a.Items.Where(i => !have.Contains(i)).Select(i => i.Name).ToArray();
            var value = $"Have: {(got.Length == 0 ? "none yet" : string.Join(", ", got))}\nStill to learn: {(missing.Length == 0 ? "nothing, all covered" : string.Join(", ", missing))}";
            return new ReplyField($"{a.Title} ({got.Length}/{a.Items.Count})", value, Inline: false);
        }).ToArray();

        var total = areas.Sum(a => a.Items.Count);
        var blocks = new List<ReplyBlock>
        {
            ReplyBlock.Prose($"You have {have.Count} of the {total} skills the guide lists."),
        };
        if (unknown.Count > 0)
        {
            blocks.Add(ReplyBlock.Prose("Not in the guide's skill lists (so I can't place them): " + string.Join(", ", unknown.Select(UserText.Mark)) + "."));
        }

        return ValueTask.FromResult(new Reply(
            Intent.Skills,
            true,
            "Your skills against the guide",
            blocks,
            null,
            fields,
            SourceFinder.ForAll(snapshot, areas.Select(a => (a.Items[0].Name, a.Source))),
            areas.Select(a => new FollowUp(a.Title, $"skills {a.Area}")).ToArray()));
    }

    private static Reply Usage(KnowledgeSnapshot snapshot) => ReplyFactory.Help(
        snapshot.Knowledge,
        "List the skills you have after \"skills check\", separated by commas, e.g. \"skills check python, linear algebra, computer vision\".") with
    { Intent = Intent.Skills };
}
