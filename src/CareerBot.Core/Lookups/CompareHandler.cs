using CareerBot.Core.Knowledge;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Lookups;

/// <summary><c>compare</c>: ML engineer vs data scientist, each role's focus, differences and overlaps.</summary>
internal sealed class CompareHandler : ICommandHandler
{
    public string Name => CommandNames.Compare;

    public ValueTask<Reply> HandleAsync(BotCommand command, KnowledgeSnapshot snapshot, CancellationToken cancellationToken)
    {
        var roles = snapshot.Knowledge.Roles;
        var phrase = Phrase.Of(command.Corrected);
        var overlapFirst = phrase.HasAny(["share", "shared", "overlap", "overlapping", "common", "similar", "similarities", "same", "both"]);
        var differences = ReplyBlock.List("Key differences:", roles.Roles.Select(r => $"{r.Title}: {r.Focus}").Concat(roles.Differences));
        var overlaps = ReplyBlock.List("Overlapping skills (common ground between the roles):", roles.Overlaps);
        var title = string.Join(" vs ", roles.Roles.Select(r => Singular(r.Title)));
        var blocks = new List<ReplyBlock>();
        if (roles.Summary is not null)
        {
            blocks.Add(ReplyBlock.Prose(roles.Summary));
        }

        blocks.AddRange(overlapFirst ? [overlaps, differences] : [differences, overlaps]);
        return ValueTask.FromResult(new Reply(
            Intent.Compare,
            true,
            title,
            blocks,
            null, // each role's focus is in "Key differences"; a table of it would say it twice
            [],
            [SourceFinder.For(snapshot, roles.Roles[0].Focus, roles.Source), SourceFinder.For(snapshot, roles.Overlaps[0], roles.Source)],
            [new FollowUp("Skills an ML engineer needs", "skills"), new FollowUp("ML engineer salaries", "salary"), new FollowUp("Career path", "path")]));
    }

    private static string Singular(string title) => title.EndsWith('s') ? title[..^1] : title;
}
