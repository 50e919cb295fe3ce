using CareerBot.Core.Conversations;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using CareerBot.Core.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Core.Tests.Conversations;

/// <summary>The engine with its own clock: a conversation's subject lasts ten minutes after its last answer.</summary>
public sealed class ConversationExpiryTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly ServiceProvider _services;

    public ConversationExpiryTests()
    {
        var extra = new ServiceCollection();
        extra.AddSingleton<TimeProvider>(_time);
        _services = ShippedKnowledge.Build(ShippedKnowledge.Folder, extra);
    }

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task FollowUp_NineMinutesLater_StillFollows()
    {
        await AskAsync("how much does a senior ML engineer make?");
        _time.Advance(TimeSpan.FromMinutes(9));

        var reply = await AskAsync("and for lead?");

        Assert.Equal((Intent.Salary, "Lead/Principal Engineer salary"), (reply.Intent, reply.Title));
    }

    [Fact]
    public async Task FollowUp_TenMinutesLater_IsAnsweredAlone()
    {
        await AskAsync("how much does a senior ML engineer make?");
        _time.Advance(TimeSpan.FromMinutes(10));

        var reply = await AskAsync("and for lead?");

        Assert.NotEqual(Intent.Salary, reply.Intent);
    }

    [Theory]
    [InlineData("Conversation:MaxConversations", "0", "Conversation__MaxConversations")]
    [InlineData("Conversation:Ttl", "00:00:00", "Conversation__Ttl")]
    [InlineData("Conversation:Ttl", "2.00:00:00", "Conversation__Ttl")]
    public void Options_OutOfRange_FailNamingTheSetting(string key, string value, string environmentName)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(key, value)]).Build();
        using var provider = new ServiceCollection().AddConversations(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ConversationOptions>>().Value);

        Assert.Contains(environmentName, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_Defaults_AreTenMinutesAndBounded()
    {
        using var provider = new ServiceCollection().AddConversations(new ConfigurationBuilder().Build()).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<ConversationOptions>>().Value;

        Assert.Equal((TimeSpan.FromMinutes(10), 10_000), (options.Ttl, options.MaxConversations));
    }

    private async Task<Reply> AskAsync(string text) =>
        await _services.GetRequiredService<IChatResponder>().RespondAsync(new ChatRequest(text, "test", "U1", "expiry"), CancellationToken.None);
}
