using CareerBot.Core.Knowledge;
using CareerBot.Core.Replies;

namespace CareerBot.Core.Routing;

/// <summary>One command of the grammar, looked up by <see cref="Name"/>.</summary>
internal interface ICommandHandler
{
    /// <summary>A name from <see cref="CommandNames"/>.</summary>
    string Name { get; }

    ValueTask<Reply> HandleAsync(BotCommand command, KnowledgeSnapshot snapshot, CancellationToken cancellationToken);
}
