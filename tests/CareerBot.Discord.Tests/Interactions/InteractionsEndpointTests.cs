using System.Net;
using System.Text;
using System.Text.Json;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.Discord.Tests.Interactions;

public sealed class InteractionsEndpointTests : IAsyncLifetime
{
    private const string Ping = """{"id":"1","application_id":"100000000000000001","type":1,"token":"t","version":1}""";
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
            // Long enough for a scripted answer on a loaded machine; the deferral tests hold the answer past it.
            TestTuning.Fast(ackBudget: TimeSpan.FromSeconds(2)));
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
    public async Task Ping_Signed_AnswersPongAsJson()
    {
        using var response = await _http.SendAsync(_signer.Request(Ping));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"type":1}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ping_SignedByAnotherKey_IsRejected()
    {
        using var forger = new InteractionSigner();
        var bytes = Encoding.UTF8.GetBytes(Ping);

        using var response = await _http.SendAsync(_signer.Request(Ping, signature: forger.Sign("1735689600", bytes)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Ping_TruncatedSignature_IsRejected()
    {
        var signature = _signer.Sign("1735689600", Encoding.UTF8.GetBytes(Ping));

        using var response = await _http.SendAsync(_signer.Request(Ping, signature: signature[..126]));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Ping_SignatureOfTheRightLengthButNotHex_IsRejected()
    {
        using var response = await _http.SendAsync(_signer.Request(Ping, signature: new string('z', 128)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Ping_EmptyTimestamp_IsRejected()
    {
        var signature = _signer.Sign(string.Empty, Encoding.UTF8.GetBytes(Ping));

        using var response = await _http.SendAsync(_signer.Request(Ping, timestamp: string.Empty, signature: signature));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Ping_ReTimestamped_IsRejected()
    {
        var signature = _signer.Sign("1735689600", Encoding.UTF8.GetBytes(Ping));

        using var response = await _http.SendAsync(_signer.Request(Ping, timestamp: "1735689601", signature: signature));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Command_BodyAlteredAfterSigning_IsRejectedAndNeverAnswered()
    {
        var signed = Events.Interaction(2, Events.Slash("salary", ("level", "senior")));
        var signature = _signer.Sign("1735689600", Encoding.UTF8.GetBytes(signed));

        using var response = await _http.SendAsync(_signer.Request(signed.Replace("senior", "junior", StringComparison.Ordinal), signature: signature));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_host.Chat!.Requests);
    }

    [Fact]
    public async Task Ping_WithoutSignatureHeaders_IsRejected()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new StringContent(Ping, Encoding.UTF8, "application/json") };

        using var response = await _http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("""{"type":"ping"}""")]
    [InlineData("""{"type":42}""")]
    [InlineData("")]
    public async Task MalformedBody_Signed_IsBadRequestNeverServerError(string body)
    {
        using var response = await _http.SendAsync(_signer.Request(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task OversizedBody_IsRefusedBeforeParsing()
    {
        var body = "{\"pad\":\"" + new string('a', 300 * 1024) + "\"}";

        using var response = await _http.SendAsync(_signer.Request(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task SlashCommand_AnswersInlineWithAnEphemeralEmbedAndButtons()
    {
        using var response = await _http.SendAsync(_signer.Request(Events.Interaction(2, Events.Slash("salary", ("level", "senior")))));

        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var data = json.GetProperty("data");
        Assert.Equal(4, json.GetProperty("type").GetInt32());
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Equal("Answer: salary senior", data.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Equal(0, data.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        var chat = Assert.Single(_host.Chat!.Requests);
        // Slash commands: each person in the channel is their own conversation.
        Assert.Equal(("salary senior", "discord", Events.UserId, $"{Events.ChannelId}/user/{Events.UserId}"), (chat.Text, chat.Platform, chat.UserId, chat.ConversationId));
    }

    [Fact]
    public async Task SlashCommand_SlowAnswer_DefersInTimeThenEditsTheOriginal()
    {
        _host.Chat!.Hold();
        using var response = await _http.SendAsync(_signer.Request(Events.Interaction(2, Events.Slash("ask", ("question", "how do I start")), token: "tok-slow")));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        _host.Chat.Release();
        var edit = await _api.WaitForAsync("PATCH", $"webhooks/{DiscordTestHost.ApplicationId}/tok-slow/messages/@original");

        Assert.Equal(5, json.GetProperty("type").GetInt32());
        Assert.Equal(64, json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal("Answer: ask how do I start", edit.Json.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Null(edit.Header("Authorization"));
        Assert.False(edit.Json.TryGetProperty("flags", out _), "an edit cannot change the flags set by the deferral");
    }

    [Fact]
    public async Task Autocomplete_OffersAtMost25TopicsThatFitDiscord()
    {
        _host.Chat!.Topics = Enumerable.Range(1, 30).Select(i => new Core.Routing.TopicSuggestion($"Interview tip {i}", $"how do I prepare for interview {i}"))
            .Append(new Core.Routing.TopicSuggestion("Interview essay", "interview " + new string('x', 120)))
            .ToList();

        using var response = await _http.SendAsync(_signer.Request(Events.Interaction(4, Events.Autocomplete("interview"))));

        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var choices = json.GetProperty("data").GetProperty("choices");
        Assert.Equal(8, json.GetProperty("type").GetInt32());
        Assert.Equal(25, choices.GetArrayLength());
        Assert.Equal("Interview tip 1", choices[0].GetProperty("name").GetString());
        Assert.Equal("how do I prepare for interview 1", choices[0].GetProperty("value").GetString());
        Assert.All(choices.EnumerateArray(), c => Assert.True(c.GetProperty("value").GetString()!.Length <= 100));
    }

    [Fact]
    public async Task SlashCommand_WorkFailsBeforeAnswering_AnswersAnEphemeralApologyNeverServerError()
    {
        // An engine timeout surfaces as a cancellation that is not ours: the work ends without any answer.
        _host.Chat!.Failure = new TaskCanceledException("the engine timed out");

        using var response = await _http.SendAsync(_signer.Request(Events.Interaction(2, Events.Slash("salary", ("level", "senior")))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(4, json.GetProperty("type").GetInt32());
        Assert.Equal(64, json.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal(CareerBot.Discord.Interactions.InteractionHandler.FailureText, json.GetProperty("data").GetProperty("content").GetString());
    }

    [Fact]
    public async Task SlashCommand_DeferredWhenTheHostStops_StillEditsInTheAnswer()
    {
        _host.Chat!.Hold();
        using var response = await _http.SendAsync(_signer.Request(Events.Interaction(2, Events.Slash("ask", ("question", "q")), token: "tok-stop")));
        Assert.Equal(5, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("type").GetInt32());

        var stopping = _host.App.StopAsync();
        await WaitUntilAsync(() => _host.IsStopping);
        _host.Chat.Release();
        var edit = await _api.WaitForAsync("PATCH", $"webhooks/{DiscordTestHost.ApplicationId}/tok-stop/messages/@original");
        await stopping;

        Assert.Equal("Answer: ask q", edit.Json.GetProperty("embeds")[0].GetProperty("title").GetString());
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting");
            await Task.Delay(10);
        }
    }
}
