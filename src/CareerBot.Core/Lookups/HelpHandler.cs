using CareerBot.Core.Knowledge;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Lookups;

/// <summary><c>help</c>: the commands, the topics and example questions.</summary>
internal sealed class HelpHandler : ICommandHandler
{
    public string Name => CommandNames.Help;

    public ValueTask<Reply> HandleAsync(BotCommand command, KnowledgeSnapshot snapshot, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ReplyFactory.Help(snapshot.Knowledge));
}
