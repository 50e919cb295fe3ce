using CareerBot.Slack.Tests.Peers;
using CareerBot.Storage.Postgres;
using CareerBot.Storage.Postgres.Tests.TestSupport;

namespace CareerBot.Slack.Tests.SocketMode;

/// <summary>
/// Every replica may hold a Socket Mode connection of its own (Slack allows 10 per app). Two replicas on one
/// PostgreSQL store, each connected to the fake Socket Mode server: an envelope that Slack delivers on both, and its
/// retry, are acknowledged on each connection and answered once, through the shared dedupe.
/// </summary>
public sealed class SharedStoreSocketModeTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [PostgresFact]
    public async Task TheSameEnvelopeOnTwoReplicasConnections_AndItsRetry_AreAnsweredOnce()
    {
        await using var slack = await FakeSlack.StartAsync();
        await using var first = await StartReplicaAsync(slack);
        var firstSocket = await ConnectedAsync(slack);
        await using var second = await StartReplicaAsync(slack);
        var secondSocket = await ConnectedAsync(slack);
        var envelope = Envelope("env-shared", retryAttempt: 0);

        // Slack delivers the envelope on both connections at once, then retries it with a new envelope id.
        await Task.WhenAll(firstSocket.SendAsync(envelope), secondSocket.SendAsync(envelope));
        await AssertAckAsync(firstSocket, "env-shared");
        await AssertAckAsync(secondSocket, "env-shared");
        await secondSocket.SendAsync(Envelope("env-retry", retryAttempt: 1));
        await AssertAckAsync(secondSocket, "env-retry");
        await slack.WaitForCallsAsync("chat.postMessage", timeout: TimeSpan.FromMinutes(2));
        // A graceful stop answers what each replica took: nothing more can be posted after it.
        await first.StopAsync();
        await second.StopAsync();

        var post = Assert.Single(slack.CallsTo("chat.postMessage"));
        Assert.Equal("1700000700.000700", post.Json.GetProperty("thread_ts").GetString());
        Assert.Contains("160,000", post.Body, StringComparison.Ordinal);
    }

    private static string Envelope(string envelopeId, int retryAttempt) =>
        $$"""{"envelope_id":"{{envelopeId}}","type":"events_api","payload":{{SlackRequests.EventCallback("EvShared1", SlackRequests.AppMention("<@U0BOT> salary senior", ts: "1700000700.000700"))}},"accepts_response_payload":false,"retry_attempt":{{retryAttempt}},"retry_reason":"{{(retryAttempt > 0 ? "timeout" : "")}}"}""";

    private static async Task<FakeSocketSession> ConnectedAsync(FakeSlack slack)
    {
        var session = await slack.NextSocketAsync(TimeSpan.FromMinutes(2));
        await session.SendHelloAsync();
        return session;
    }

    private static async Task AssertAckAsync(FakeSocketSession session, string envelopeId)
    {
        var ack = await session.ReceiveAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(envelopeId, ack.GetProperty("envelope_id").GetString());
    }

    private Task<BotUnderTest> StartReplicaAsync(FakeSlack slack) => BotUnderTest.StartAsync(
        slack,
        new()
        {
            ["Store:Provider"] = "postgres",
            ["Store:ConnectionString"] = _database.ConnectionString,
            ["Store:UserKey"] = "a-socket-mode-replicas-key-0123456789",
        },
        httpMode: false,
        socketMode: true,
        configure: builder => builder.Services.AddPostgresStore(builder.Configuration));
}
