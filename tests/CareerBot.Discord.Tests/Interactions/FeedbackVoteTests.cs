using System.Text.Json;
using CareerBot.Adapters.Feedback;
using CareerBot.Discord.Tests.Fakes;
using CareerBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Discord.Tests.Interactions;

/// <summary>Helpful / Not helpful through the signed interactions endpoint: buttons on the answer, one vote per person.</summary>
public sealed class FeedbackVoteTests : IAsyncLifetime
{
    private const string OtherUser = "400000000000000099";
    private readonly InteractionSigner _signer = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "careerbot-discord-votes-" + Guid.NewGuid().ToString("N"));
    private FakeDiscordApi _api = null!;
    private DiscordTestHost _host = null!;
    private HttpClient _http = null!;

    private string DatabasePath => Path.Combine(_folder, "careerbot.db");

    public async Task InitializeAsync()
    {
        _api = await FakeDiscordApi.StartAsync();
        var store = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Path"] = DatabasePath,
            ["Store:UserKey"] = "a-discord-test-key-long-enough-0123456789",
            ["Store:RetentionDays"] = "60",
        }).Build();
        _host = await DiscordTestHost.StartAsync(
            new()
            {
                ["Discord:PublicKey"] = _signer.PublicKeyHex,
                ["Discord:ApplicationId"] = DiscordTestHost.ApplicationId,
                ["Discord:ApiBaseUrl"] = _api.BaseUrl.ToString(),
            },
            // The answer comes inline within the budget; a loaded machine can take longer than Discord's 3 s, and a deferral is
            // not what these tests are about.
            TestTuning.Fast(ackBudget: TimeSpan.FromSeconds(30)),
            services: services =>
            {
                services.AddFeedbackRecording(store);
                services.AddCareerBotStorageHosting();
            });
        _http = new HttpClient { BaseAddress = _host.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
        await _api.DisposeAsync();
        _signer.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task AnAnswersButtons_RecordOneVotePerPerson_ASecondClickChangesIt()
    {
        var (helpful, notHelpful) = await AskAsync();
        var answerId = FeedbackButtons.Decode(helpful)!.AnswerId;
        Assert.Equal(answerId, FeedbackButtons.Decode(notHelpful)!.AnswerId);
        // Committed before the answer was sent.
        Assert.Equal(1L, Scalar($"SELECT COUNT(*) FROM questions WHERE answer_id = '{answerId}' AND platform = 'discord'"));

        Assert.Equal(FeedbackVotes.ThanksNotHelpful, await ClickAsync(notHelpful));
        Assert.Equal(FeedbackVotes.ChangedToHelpful, await ClickAsync(helpful));
        Assert.Equal(FeedbackVotes.AlreadyHelpful, await ClickAsync(helpful));
        Assert.Equal(FeedbackVotes.ThanksNotHelpful, await ClickAsync(notHelpful, OtherUser));

        Assert.Equal(2L, Scalar("SELECT COUNT(*) FROM votes"));
        Assert.Equal(1L, Scalar("SELECT COUNT(*) FROM votes WHERE helpful = 1"));
        Assert.Equal(0L, Scalar($"SELECT COUNT(*) FROM votes WHERE user_hash LIKE '%{Events.UserId}%' OR user_hash LIKE '%{OtherUser}%'"));
    }

    [Fact]
    public async Task AClickOnAnAnswerNoLongerKept_GetsAPoliteReply()
    {
        var thanks = await ClickAsync(FeedbackButtons.Encode(helpful: false, AnswerIds.New()));

        Assert.Equal("Thanks! This answer is older than 60 days, so it can no longer be voted on. Ask again for a fresh one.", thanks);
        Assert.Equal(0L, Scalar("SELECT COUNT(*) FROM votes"));
    }

    private async Task<(string Helpful, string NotHelpful)> AskAsync()
    {
        using var response = await _http.SendAsync(_signer.Request(Events.Interaction(2, Events.Slash("salary", ("level", "senior")))));
        var data = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data");
        var lastRow = data.GetProperty("components").EnumerateArray().Last().GetProperty("components").EnumerateArray().ToList();
        Assert.Equal(["Helpful", "Not helpful"], lastRow.Select(button => button.GetProperty("label").GetString()));
        return (lastRow[0].GetProperty("custom_id").GetString()!, lastRow[1].GetProperty("custom_id").GetString()!);
    }

    /// <summary>A click by <paramref name="user"/>; returns the ephemeral thanks it was answered with.</summary>
    private async Task<string> ClickAsync(string customId, string user = Events.UserId)
    {
        var interaction = Events.Interaction(3, Events.Button(customId)).Replace(Events.UserId, user, StringComparison.Ordinal);
        using var response = await _http.SendAsync(_signer.Request(interaction));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(4, json.GetProperty("type").GetInt32());
        Assert.Equal(64, json.GetProperty("data").GetProperty("flags").GetInt32());
        return json.GetProperty("data").GetProperty("content").GetString()!;
    }

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
