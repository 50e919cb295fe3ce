using CareerBot.Core.Knowledge;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using CareerBot.Core.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Core.Tests.Routing;

public sealed class ChatRouterTests
{
    [Fact]
    public async Task Respond_HandlerThrows_GivesAPoliteReplyNotAnException()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ICommandHandler>(new ThrowingHandler());
        using var provider = ShippedKnowledge.Build(ShippedKnowledge.Folder, services);

        var reply = await provider.GetRequiredService<IChatResponder>().RespondAsync(new ChatRequest("salary", "test"), CancellationToken.None);

        Assert.False(reply.Answered);
        Assert.Equal("Something went wrong", reply.Title);
    }

    [Fact]
    public async Task Respond_BrokenKnowledgeFolder_IsReportedAsAPoliteReply()
    {
        using var copy = new KnowledgeCopy();
        File.Delete(copy.PathOf("data/roles.json"));
        using var provider = ShippedKnowledge.Build(copy.Root);

        Assert.Throws<KnowledgeException>(() => provider.GetRequiredService<KnowledgeHost>().EnsureLoaded());
        var reply = await provider.GetRequiredService<IChatResponder>().RespondAsync(new ChatRequest("salary", "test"), CancellationToken.None);
        Assert.Equal("Something went wrong", reply.Title);
    }

    private sealed class ThrowingHandler : ICommandHandler
    {
        public string Name => CommandNames.Salary;

        public ValueTask<Reply> HandleAsync(BotCommand command, KnowledgeSnapshot snapshot, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("boom");
    }
}
