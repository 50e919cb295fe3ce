using System.Net;
using System.Text.Json;
using CareerBot.Hosting;
using CareerBot.Storage.Postgres.Tests.TestSupport;
using CareerBot.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;

namespace CareerBot.Tests.Hosting;

/// <summary>
/// Several <c>serve</c> hosts (each with its own services, pool and memory, as separate processes have) on one
/// PostgreSQL database behave as one bot: a delivery and its retries are answered once whichever replica they reach,
/// a user's rate limit is one limit, and a follow-up answered by another replica keeps its context.
/// </summary>
[Collection(InProcessHosts.Name)]
public sealed class ReplicaTests : IAsyncLifetime
{
    private const string UserKey = "the-replicas-shared-user-key-0123456789";

    private static readonly string Knowledge = Path.Combine(AppContext.BaseDirectory, "knowledge");

    private readonly List<WebApplication> _replicas = [];
    private readonly List<HttpClient> _clients = [];
    private TestDatabase _database = null!;
    private FakeSlackApi _slack = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _slack = await FakeSlackApi.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await StopAllAsync();
        _clients.ForEach(client => client.Dispose());
        await _slack.DisposeAsync();
        await _database.DisposeAsync();
    }

    [PostgresFact]
    public async Task SlackEventAndItsRetries_ReachingThreeReplicas_AreAnsweredOnce()
    {
        await StartReplicasAsync(3);

        using var first = await _clients[0].SendAsync(FakeSlackApi.Mention("Ev1", "salary senior", "1700000001.000100"));
        using var retry1 = await _clients[1].SendAsync(FakeSlackApi.Mention("Ev1", "salary senior", "1700000001.000100", retryNum: 1));
        using var retry2 = await _clients[2].SendAsync(FakeSlackApi.Mention("Ev1", "salary senior", "1700000001.000100", retryNum: 2));
        await StopAllAsync(); // each replica answers what it took before it stops

        Assert.All(new[] { first, retry1, retry2 }, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Single(Posted("160,000"));
    }

    [PostgresFact]
    public async Task SlashCommandSentAgainToAnotherReplica_IsAnsweredOnce()
    {
        await StartReplicasAsync(2);

        // One invocation (one trigger_id) delivered twice, as a proxy retrying it would: the second is only acknowledged.
        using var first = await _clients[0].SendAsync(_slack.SlashCommand("salary senior", user: "U7", triggerId: "13345224609.738474920.8088930838d88f008e0"));
        using var again = await _clients[1].SendAsync(_slack.SlashCommand("salary senior", user: "U7", triggerId: "13345224609.738474920.8088930838d88f008e0"));
        using var next = await _clients[1].SendAsync(_slack.SlashCommand("salary lead", user: "U7", triggerId: "13345224610.738474921.1111111111d88f008e0"));
        await StopAllAsync(); // answers past the budget reach the response_url before the replicas stop

        var firstBody = await first.Content.ReadAsStringAsync();
        var againBody = await again.Content.ReadAsStringAsync();
        Assert.Equal(string.Empty, againBody);
        var senior = _slack.Responses.Count(r => r.Contains("160,000", StringComparison.Ordinal)) + (firstBody.Contains("160,000", StringComparison.Ordinal) ? 1 : 0);
        Assert.Equal(1, senior);
        Assert.Contains("200,000", (await next.Content.ReadAsStringAsync()) + string.Join("\n", _slack.Responses), StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task RateLimitedUser_IsLimitedAcrossReplicas()
    {
        await StartReplicasAsync(2, "--RateLimit:PerUserPerMinute=1");

        var answered = await _slack.AnswerAsync(_clients[0], "salary senior", user: "U9");
        var limited = await _slack.AnswerAsync(_clients[1], "salary senior", user: "U9");
        var otherUser = await _slack.AnswerAsync(_clients[1], "salary senior", user: "U8");

        Assert.Contains("160,000", answered, StringComparison.Ordinal);
        Assert.Contains("faster than I can answer", limited, StringComparison.Ordinal);
        Assert.DoesNotContain("160,000", limited, StringComparison.Ordinal);
        Assert.Contains("160,000", otherUser, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task FollowUp_AnsweredByAnotherReplica_KeepsTheContext()
    {
        await StartReplicasAsync(2);

        // The follow-up is asked once the first answer is shown, as a person would.
        var senior = await _slack.AnswerAsync(_clients[0], "salary senior", user: "U5");
        var lead = await _slack.AnswerAsync(_clients[1], "and for lead?", user: "U5");

        Assert.Contains("160,000", senior, StringComparison.Ordinal);
        // Without the first question "and for lead?" is answered with the career ladder; with it, with the lead salary.
        Assert.Contains("Lead/Principal Engineer salary", lead, StringComparison.Ordinal);
    }

    [PostgresFact]
    public async Task ThreadFollowUp_AnsweredByAnotherReplica_KeepsTheContext()
    {
        await StartReplicasAsync(2);

        using var question = await _clients[0].SendAsync(FakeSlackApi.Mention("Ev20", "salary senior", "1700000020.000100", user: "U6"));
        await WaitForAsync(() => Posted("160,000").Count == 1);
        using var followUp = await _clients[1].SendAsync(FakeSlackApi.Mention("Ev21", "and for lead?", "1700000021.000100", threadTs: "1700000020.000100", user: "U6"));
        await StopAllAsync();

        Assert.Single(Posted("Lead/Principal Engineer salary"));
    }

    [PostgresFact]
    public async Task VotesThroughTwoReplicas_AppearInOneReport()
    {
        await StartReplicasAsync(2);

        var first = await _slack.AnswerAsync(_clients[0], "salary senior", user: "U7");
        var second = await _slack.AnswerAsync(_clients[1], "salary lead", user: "U8");
        var recorded = await _slack.VoteAsync(_clients[1], first, helpful: true, user: "U7", actionTs: "1700000030.000100");
        var other = await _slack.VoteAsync(_clients[0], first, helpful: false, user: "U8", actionTs: "1700000031.000100");
        // The vote cast through the other replica is the one changed: one vote per user per answer, whatever the replica.
        var changed = await _slack.VoteAsync(_clients[0], first, helpful: false, user: "U7", actionTs: "1700000032.000100");
        var onSecond = await _slack.VoteAsync(_clients[0], second, helpful: true, user: "U9", actionTs: "1700000033.000100");

        Assert.Contains("Glad it helped", recorded, StringComparison.Ordinal);
        Assert.Contains("It tells the team what to add", other, StringComparison.Ordinal);
        Assert.Contains("your vote is changed to", changed, StringComparison.Ordinal);
        Assert.Contains("Glad it helped", onSecond, StringComparison.Ordinal);

        // `careerbot report` reads the shared database.
        var report = await _database.ReportAsync();
        Assert.Equal(2, report.GetProperty("questions").GetInt32());
        Assert.Equal(2, report.GetProperty("byPlatform").GetProperty("slack").GetInt32());
        Assert.Equal((1, 2), (report.GetProperty("votes").GetProperty("helpful").GetInt32(), report.GetProperty("votes").GetProperty("notHelpful").GetInt32()));
        var notHelpful = Assert.Single(report.GetProperty("notHelpful").EnumerateArray());
        Assert.Equal(2, notHelpful.GetProperty("notHelpful").GetInt32());
        Assert.Equal(0, notHelpful.GetProperty("helpful").GetInt32());
        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT count(*) FROM careerbot_votes WHERE user_hash LIKE '%U7%' OR user_hash LIKE '%U8%'"));
    }

    [PostgresFact]
    public async Task WithoutAUserKey_AReplicaDoesNotStart_AndSaysWhichSetting()
    {
        var app = BotWebHost.Build(
            ["--urls", "http://127.0.0.1:0", .. _slack.Settings, "--Store:Provider=postgres", $"--Store:ConnectionString={_database.ConnectionString}"],
            Knowledge);
        await using (app)
        {
            var error = await Assert.ThrowsAsync<CareerBot.Storage.StoreException>(() => app.StartAsync());

            Assert.Contains("Store__UserKey", error.Message, StringComparison.Ordinal);
        }
    }

    [PostgresFact]
    public async Task Readyz_WithTheSharedStore_ReportsItHealthy()
    {
        await StartReplicasAsync(1);

        using var ready = await _clients[0].GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("healthy", body.RootElement.GetProperty("checks").GetProperty("store").GetProperty("status").GetString());
    }

    private List<string> Posted(string text) =>
        [.. _slack.Calls.Where(call => call.Method == "chat.postMessage" && call.Body.Contains(text, StringComparison.Ordinal)).Select(call => call.Body)];

    private async Task StartReplicasAsync(int count, params string[] settings)
    {
        for (var i = 0; i < count; i++)
        {
            var app = BotWebHost.Build(
                ["--urls", "http://127.0.0.1:0", .. _slack.Settings, "--Store:Provider=postgres", $"--Store:ConnectionString={_database.ConnectionString}", $"--Store:UserKey={UserKey}", .. settings],
                Knowledge);
            await app.StartAsync();
            _replicas.Add(app);
            _clients.Add(new HttpClient { BaseAddress = ReadinessTests.Address(app) });
        }
    }

    private async Task StopAllAsync()
    {
        foreach (var app in _replicas)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        _replicas.Clear();
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
