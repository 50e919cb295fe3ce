using CareerBot.Slack.Tests.Peers;

namespace CareerBot.Slack.Tests;

/// <summary>One fake Slack and one bot (HTTP mode, echoing engine) shared by the tests of a class that only expect refusals.</summary>
public sealed class BotFixture : IAsyncLifetime
{
    public FakeSlack Slack { get; private set; } = null!;

    public BotUnderTest Bot { get; private set; } = null!;

    public CannedResponder Engine { get; } = CannedResponder.Echo();

    public async Task InitializeAsync()
    {
        Slack = await FakeSlack.StartAsync();
        Bot = await BotUnderTest.StartAsync(Slack, responder: Engine);
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Slack.DisposeAsync();
    }
}
