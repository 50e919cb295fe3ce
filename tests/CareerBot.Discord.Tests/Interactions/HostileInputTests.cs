using System.Net;
using System.Text.Json;
using CareerBot.Core.Replies;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.Discord.Tests.Interactions;

/// <summary>
/// What an attacker types in a <c>/career</c> option comes back inert in the embed (no masked link, clickable URL,
/// mention or formatting), and an option that is not valid text gets a clear refusal, not the apology: through the
/// real interactions endpoint with the real engine.
/// </summary>
public sealed class HostileInputTests : IAsyncLifetime
{
    private const string Hostile = "[Claim your bonus](https://example.org/x), <@123456789012345678>, @everyone, **bold** _it_ ~~gone~~ `code`";
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
            },
            // The answer comes inline within the budget; a loaded machine can take longer than Discord's 3 s, and a deferral is
            // not what these tests are about.
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

    /// <summary>A <c>/career</c> subcommand with one string option whose JSON is written as given (escapes and all).</summary>
    private static string Slash(string subcommand, string option, string jsonValue) =>
        $$"""{"id":"1","name":"career","type":1,"options":[{"name":"{{subcommand}}","type":1,"options":[{"name":"{{option}}","type":3,"value":{{jsonValue}}}]}]}""";

    private async Task<JsonElement> AnswerAsync(string data)
    {
        using var response = await _http.SendAsync(_signer.Request(Events.Interaction(2, data)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(4, json.GetProperty("type").GetInt32());
        return json.GetProperty("data");
    }

    [Theory]
    [InlineData("skills-check", "have", "knitting, " + Hostile)]
    [InlineData("path", "from", Hostile)]
    [InlineData("salary", "level", Hostile)]
    [InlineData("skills", "area", Hostile)]
    public async Task EchoedOptionText_IsInertInTheEmbed(string subcommand, string option, string value)
    {
        var data = await AnswerAsync(Slash(subcommand, option, JsonSerializer.Serialize(value)));

        var embed = data.GetProperty("embeds")[0];
        var shown = string.Join("\n", new[] { embed.GetProperty("title").GetString(), embed.GetProperty("description").GetString() }
            .Concat(embed.TryGetProperty("fields", out var fields) ? fields.EnumerateArray().SelectMany(f => new[] { f.GetProperty("name").GetString(), f.GetProperty("value").GetString() }) : []));
        Assert.Contains("Claim your bonus", shown, StringComparison.Ordinal);
        Assert.Contains(@"\[Claim your bonus\]\(https\:", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("](", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(" <@", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("@everyone", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(" **bold**", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(" ~~gone~~", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(" `code`", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(UserText.Start.ToString(), shown, StringComparison.Ordinal);
        Assert.Equal(0, data.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Fact]
    public async Task OptionWithALoneSurrogate_GetsTheClearRefusal_NotTheApology()
    {
        // JSON can carry "\ud800", which no string can hold as valid text.
        var data = await AnswerAsync(Slash("ask", "question", "\"\\ud800 salary\""));

        Assert.Equal("I couldn't read that", data.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.DoesNotContain(_host.Logs.GetSnapshot(), record => record.Level >= Microsoft.Extensions.Logging.LogLevel.Error);
    }

    [Fact]
    public async Task PostToChannel_IsOfferedForAnswers_NotForIDontKnow()
    {
        var unknown = await AnswerAsync(Slash("ask", "question", "\"give me a recipe for banana bread\""));

        Assert.Equal("I don't know that one", unknown.GetProperty("embeds")[0].GetProperty("title").GetString());
        var labels = unknown.TryGetProperty("components", out var rows)
            ? rows.EnumerateArray().SelectMany(r => r.GetProperty("components").EnumerateArray()).Select(b => b.GetProperty("label").GetString()).ToList()
            : [];
        Assert.DoesNotContain("Post to channel", labels);
    }
}
