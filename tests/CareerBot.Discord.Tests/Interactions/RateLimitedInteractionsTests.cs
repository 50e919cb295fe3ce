using System.Net;
using System.Text.Json;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.Discord.Tests.Interactions;

/// <summary>
/// The core's per-user limit through the real interactions endpoint with the real engine: a flooding user gets the
/// answers the limit allows, then one notice, then silent acknowledgements (a button click changes nothing; a slash
/// command's deferral is deleted again), never a notice per interaction. Other users are not affected.
/// </summary>
public sealed class RateLimitedInteractionsTests : IAsyncLifetime
{
    private const string Notice = "You're asking faster than I can answer. Please try again in";
    private const string OtherUserId = "400000000000000099";
    private readonly InteractionSigner _signer = new();
    private FakeDiscordApi _api = null!;
    private DiscordTestHost _host = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeDiscordApi.StartAsync();
        _host = await DiscordTestHost.StartAsync(
            new()
            {
                ["Discord:PublicKey"] = _signer.PublicKeyHex,
                ["Discord:ApplicationId"] = DiscordTestHost.ApplicationId,
                ["Discord:ApiBaseUrl"] = _api.BaseUrl.ToString(),
                ["RateLimit:PerUserPerMinute"] = "2",
            },
            // A budget no answer of the engine comes near: every answer that is sent goes inline, however busy the machine.
            TestTuning.Fast(ackBudget: TimeSpan.FromSeconds(30)),
            realCore: true);
        _http = new HttpClient { BaseAddress = _host.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _host.DisposeAsync();
        await _api.DisposeAsync();
        _signer.Dispose();
    }

    [Fact]
    public async Task SlashCommands_Flood_AnswersThenOneNoticeThenSilentDeferralsThatAreDeleted_OtherUserAnswered()
    {
        var responses = new List<JsonElement>();
        for (var i = 0; i < 5; i++)
        {
            responses.Add(await PostAsync(Events.Interaction(2, Events.Slash("salary", ("level", "senior")), id: $"70000000000000010{i}", token: $"tok-{i}")));
        }

        var other = await PostAsync(Interaction(2, Events.Slash("salary", ("level", "senior")), OtherUserId, "tok-other"));

        Assert.All(responses.Take(2), r => Assert.Contains("$160,000-$200,000+", Text(r), StringComparison.Ordinal));
        Assert.Equal(4, responses[2].GetProperty("type").GetInt32());
        Assert.Contains(Notice, Text(responses[2]), StringComparison.Ordinal);
        Assert.Equal(64, responses[2].GetProperty("data").GetProperty("flags").GetInt32());
        foreach (var (silent, i) in responses.Skip(3).Select((r, i) => (r, i + 3)))
        {
            // A slash command must be acknowledged: privately deferred, then the deferral is deleted, so nothing stays.
            Assert.Equal(5, silent.GetProperty("type").GetInt32());
            Assert.Equal(64, silent.GetProperty("data").GetProperty("flags").GetInt32());
            Assert.DoesNotContain(Notice, Text(silent), StringComparison.Ordinal);
            var deleted = await _api.WaitForAsync("DELETE", $"webhooks/{DiscordTestHost.ApplicationId}/tok-{i}/messages/@original");
            Assert.Null(deleted.Header("Authorization"));
        }

        Assert.Contains("$160,000-$200,000+", Text(other), StringComparison.Ordinal);
        Assert.DoesNotContain(_api.Requests, r => r.Method == "PATCH");
        Assert.Equal(2, _api.Requests.Count(r => r.Method == "DELETE"));
    }

    [Fact]
    public async Task Buttons_Flood_AnswersThenOneNoticeThenAcknowledgementsThatChangeNothing()
    {
        var responses = new List<JsonElement>();
        for (var i = 0; i < 5; i++)
        {
            responses.Add(await PostAsync(Events.Interaction(3, Events.Button("r:salary lead"), id: $"70000000000000020{i}", token: $"btn-{i}")));
        }

        Assert.All(responses.Take(2), r => Assert.Contains("$200,000-$300,000+", Text(r), StringComparison.Ordinal));
        Assert.Contains(Notice, Text(responses[2]), StringComparison.Ordinal);
        Assert.All(responses.Skip(3), silent =>
        {
            // DEFERRED_UPDATE_MESSAGE: acknowledged, the message with the button stays as it was, nothing new is shown.
            Assert.Equal(6, silent.GetProperty("type").GetInt32());
            Assert.False(silent.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null);
        });
        Assert.Empty(_api.Requests);
    }

    [Fact]
    public async Task SlashCommands_WithinTheLimit_NeverGetTheNotice()
    {
        var first = await PostAsync(Events.Interaction(2, Events.Slash("salary", ("level", "senior")), id: "700000000000000301", token: "tok-a"));
        var second = await PostAsync(Events.Interaction(3, Events.Button("r:path from senior"), id: "700000000000000302", token: "tok-b"));

        Assert.All([first, second], r =>
        {
            Assert.Equal(4, r.GetProperty("type").GetInt32());
            Assert.DoesNotContain(Notice, Text(r), StringComparison.Ordinal);
        });
        Assert.Contains("$160,000-$200,000+", Text(first), StringComparison.Ordinal);
        Assert.Contains("Lead ML Engineer", Text(second), StringComparison.Ordinal);
    }

    private static string Interaction(int type, string data, string userId, string token) =>
        Events.Interaction(type, data, id: "700000000000000999", token: token).Replace(Events.UserId, userId, StringComparison.Ordinal);

    private async Task<JsonElement> PostAsync(string body)
    {
        using var response = await _http.SendAsync(_signer.Request(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>Every string in the response, joined (content, embed title, description, fields).</summary>
    private static string Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Object => string.Join("\n", element.EnumerateObject().Select(p => Text(p.Value))),
        JsonValueKind.Array => string.Join("\n", element.EnumerateArray().Select(Text)),
        _ => string.Empty,
    };
}
