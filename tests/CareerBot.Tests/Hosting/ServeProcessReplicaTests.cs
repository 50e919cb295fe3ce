using System.Net;
using System.Text.RegularExpressions;
using CareerBot.Storage.Postgres.Tests.TestSupport;
using CareerBot.Tests.TestSupport;

namespace CareerBot.Tests.Hosting;

/// <summary>
/// Separate <c>careerbot serve</c> processes (the real binary, each with its own memory, pool and port) on one
/// PostgreSQL database behave as one bot: they start at once and migrate once, a Slack event and its retries sent to
/// different processes are answered once, a follow-up keeps its context and votes land in one report.
/// </summary>
[Collection(SerialProcesses.Name)]
public sealed partial class ServeProcessReplicaTests : IAsyncLifetime
{
    private const string UserKey = "the-processes-shared-user-key-0123456789";

    private readonly List<ServeProcess> _processes = [];
    private TestDatabase _database = null!;
    private FakeSlackApi _slack = null!;

    private Dictionary<string, string> Environment => new()
    {
        ["Slack__BotToken"] = FakeSlackApi.BotToken,
        ["Slack__SigningSecret"] = FakeSlackApi.SigningSecret,
        ["Slack__ApiBaseUrl"] = _slack.BaseUrl.ToString(),
        ["Store__Provider"] = "postgres",
        ["Store__ConnectionString"] = _database.ConnectionString,
        ["Store__UserKey"] = UserKey,
        // Lexical answers: a faster start, and no ONNX Runtime line at exit.
        ["Search__Semantic"] = "false",
    };

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _slack = await FakeSlackApi.StartAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        await _slack.DisposeAsync();
        await _database.DisposeAsync();
    }

    [PostgresFact]
    public async Task ThreeProcessesStartingAtOnce_MigrateOnce_AndAnEventAndItsRetriesToEachAreAnsweredOnce()
    {
        // Started together on an empty database: they take turns at the migration lock.
        await StartAsync(3);

        var migrated = _processes.Select(process => SchemaReady().Match(process.Output)).ToList();
        Assert.All(migrated, match => Assert.True(match.Success, "no 'schema at version' line"));
        Assert.Single(migrated, match => match.Groups[2].Value == "0");
        Assert.All(migrated, match => Assert.Equal(migrated[0].Groups[1].Value, match.Groups[1].Value));
        var version = int.Parse(migrated[0].Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal((long)version, await _database.ScalarAsync<long>("SELECT count(*) FROM careerbot_schema_version"));

        // The event and two retries reach the three processes at the same moment.
        var responses = await Task.WhenAll(_processes.Select((process, retry) =>
            process.Client.SendAsync(FakeSlackApi.Mention("EvP1", "salary senior", "1700000101.000100", retryNum: retry == 0 ? null : retry))));
        await StopAllAsync(); // each process answers what it took before it exits

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Single(_slack.Calls, call => call.Method == "chat.postMessage" && call.Body.Contains("160,000", StringComparison.Ordinal));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [PostgresFact]
    public async Task TwoProcesses_AFollowUpKeepsItsContext_AndTheirVotesAreInOneReport()
    {
        await StartAsync(2);

        var senior = await _slack.AnswerAsync(_processes[0].Client, "salary senior", user: "U5");
        var lead = await _slack.AnswerAsync(_processes[1].Client, "and for lead?", user: "U5");
        var helpful = await _slack.VoteAsync(_processes[1].Client, senior, helpful: true, user: "U5", actionTs: "1700000110.000100");
        var notHelpful = await _slack.VoteAsync(_processes[0].Client, lead, helpful: false, user: "U6", actionTs: "1700000111.000100");
        var changed = await _slack.VoteAsync(_processes[0].Client, senior, helpful: false, user: "U5", actionTs: "1700000112.000100");
        await StopAllAsync();

        Assert.Contains("160,000", senior, StringComparison.Ordinal);
        Assert.Contains("Lead/Principal Engineer salary", lead, StringComparison.Ordinal);
        Assert.Contains("Glad it helped", helpful, StringComparison.Ordinal);
        Assert.Contains("It tells the team what to add", notHelpful, StringComparison.Ordinal);
        Assert.Contains("your vote is changed to", changed, StringComparison.Ordinal);
        // `careerbot report` reads the shared database.
        var report = await _database.ReportAsync();
        Assert.Equal(2, report.GetProperty("questions").GetInt32());
        Assert.Equal((0, 2), (report.GetProperty("votes").GetProperty("helpful").GetInt32(), report.GetProperty("votes").GetProperty("notHelpful").GetInt32()));
    }

    [GeneratedRegex(@"schema at version (\d+) \(migrated from (\d+)\)")]
    private static partial Regex SchemaReady();

    private async Task StartAsync(int count)
    {
        var environment = Environment;
        _processes.AddRange(await Task.WhenAll(Enumerable.Range(0, count).Select(_ => ServeProcess.StartAsync(environment))));
        await Task.WhenAll(_processes.Select(process => process.WaitUntilReadyAsync()));
    }

    private async Task StopAllAsync()
    {
        var exits = await Task.WhenAll(_processes.Select(process => process.StopAsync()));
        Assert.All(exits.Zip(_processes), pair => Assert.True(pair.First == 0, $"exit {pair.First}:\n{pair.Second.Output}"));
        // No process logged an error on the way (a failed claim, a lost record, a refused migration).
        Assert.All(_processes, process => Assert.DoesNotMatch("(?m)^(fail|crit):", process.Output));
    }
}
