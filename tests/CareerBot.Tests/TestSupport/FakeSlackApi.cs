using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.TestSupport;

/// <summary>
/// Slack's Web API on loopback, as much as a served bot needs to start (<c>auth.test</c>; every other method answers
/// <c>ok</c>), and Slack's side of the HTTP endpoints: requests signed with the signing secret.
/// </summary>
internal sealed class FakeSlackApi : IAsyncDisposable
{
    public const string SigningSecret = "test-signing-secret-0123456789abcdef";
    public const string BotToken = "xoxb-test-token";

    private readonly WebApplication _app;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _responses = new();
    private readonly System.Collections.Concurrent.ConcurrentQueue<(string Method, string Body)> _calls = new();

    private FakeSlackApi(WebApplication app) => _app = app;

    /// <summary>What was posted to the response_url, in order.</summary>
    public IReadOnlyCollection<string> Responses => _responses;

    /// <summary>The Web API calls made, in order: the method and the request body.</summary>
    public IReadOnlyCollection<(string Method, string Body)> Calls => _calls;

    private Uri ResponseUrl => new(BaseUrl, "/hook");

    public Uri BaseUrl => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/api/");

    /// <summary>The settings that serve Slack's HTTP endpoints against this fake.</summary>
    public string[] Settings =>
    [
        $"--Slack:BotToken={BotToken}", $"--Slack:SigningSecret={SigningSecret}", $"--Slack:ApiBaseUrl={BaseUrl}",
    ];

    public static async Task<FakeSlackApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        FakeSlackApi? fake = null;
        app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            fake!._responses.Enqueue(await reader.ReadToEndAsync());
            return Results.Text("ok");
        });
        app.MapPost("/api/{method}", async (string method, HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            fake!._calls.Enqueue((method, await reader.ReadToEndAsync()));
            return method switch
            {
                "auth.test" => Results.Text("""{"ok":true,"team_id":"T1","user_id":"UBOT","bot_id":"B1"}""", "application/json"),
                "chat.postMessage" => Results.Text("""{"ok":true,"channel":"C1","ts":"1700000099.000100"}""", "application/json"),
                _ => Results.Text("""{"ok":true}""", "application/json"),
            };
        });
        await app.StartAsync();
        fake = new FakeSlackApi(app);
        return fake;
    }

    /// <summary>A signed <c>/career</c> slash command.</summary>
    public HttpRequestMessage SlashCommand(string text, string user = "U1", string? triggerId = null)
    {
        var body = $"command=%2Fcareer&text={Uri.EscapeDataString(text)}&user_id={user}&channel_id=C1&team_id=T1&response_url={Uri.EscapeDataString(ResponseUrl.ToString())}"
            + (triggerId is null ? string.Empty : $"&trigger_id={Uri.EscapeDataString(triggerId)}");
        return Signed("/slack/commands", body, "application/x-www-form-urlencoded");
    }

    /// <summary>A signed click on a button of an answer (block_actions), whose thanks goes to the response_url.</summary>
    public HttpRequestMessage Click(string actionId, string value, string user, string actionTs)
    {
        var payload = $$"""
            {"type":"block_actions","user":{"id":"{{user}}","username":"u","team_id":"T1"},"api_app_id":"A1","token":"x",
             "container":{"type":"message","message_ts":"1700000099.000100","channel_id":"C1","is_ephemeral":false},
             "trigger_id":"1.2.3","team":{"id":"T1","domain":"fake"},"channel":{"id":"C1","name":"general"},
             "response_url":"{{ResponseUrl}}",
             "actions":[{"action_id":"{{actionId}}","block_id":"careerbot.feedback","text":{"type":"plain_text","text":"x"},"value":"{{value}}","type":"button","action_ts":"{{actionTs}}"}]}
            """;
        return Signed("/slack/interactions", "payload=" + Uri.EscapeDataString(payload), "application/x-www-form-urlencoded");
    }

    /// <summary>
    /// Clicks "Helpful" or "Not helpful" under the answer <paramref name="answer"/> (as <see cref="AnswerAsync"/> returned
    /// it) and returns the thanks posted to the response_url. Clicks are meant to be made one at a time.
    /// </summary>
    public async Task<string> VoteAsync(HttpClient client, string answer, bool helpful, string user, string actionTs)
    {
        ArgumentNullException.ThrowIfNull(client);
        var value = System.Text.RegularExpressions.Regex.Match(answer, helpful ? "\"(fb:y:[A-Za-z0-9_-]{22})\"" : "\"(fb:n:[A-Za-z0-9_-]{22})\"").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(value), "the answer has no feedback buttons: " + answer);
        var before = _responses.Count;
        using var request = Click(helpful ? "careerbot.feedback.helpful" : "careerbot.feedback.not_helpful", value, user, actionTs);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await NextResponseAsync(before);
    }

    /// <summary>
    /// Sends a signed <c>/career</c> command and returns its answer wherever Slack would show it: in the response when
    /// it came within the budget, or on the response_url past it (a loaded machine can take longer than the budget,
    /// and both are correct). Commands are meant to be sent one at a time, as one person would.
    /// </summary>
    public async Task<string> AnswerAsync(HttpClient client, string text, string user = "U1")
    {
        var before = _responses.Count;
        using var request = SlashCommand(text, user);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStringAsync();
        if (body.Length > 0)
        {
            return body;
        }

        return await NextResponseAsync(before);
    }

    /// <summary>What was posted to the response_url after the first <paramref name="before"/> posts.</summary>
    private async Task<string> NextResponseAsync(int before)
    {
        // A guard against a hang, not a timing assertion.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (_responses.Count <= before)
        {
            await Task.Delay(20, guard.Token);
        }

        return _responses.ElementAt(before);
    }

    /// <summary>A signed <c>app_mention</c> event callback (a retry when <paramref name="retryNum"/> is set).</summary>
    public static HttpRequestMessage Mention(string eventId, string text, string ts, string? threadTs = null, int? retryNum = null, string user = "U1")
    {
        var thread = threadTs is null ? string.Empty : $",\"thread_ts\":\"{threadTs}\"";
        var body = $$$"""{"token":"x","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"{{{eventId}}}","event_time":1700000000,"event":{"type":"app_mention","user":"{{{user}}}","text":"<@UBOT> {{{text}}}","ts":"{{{ts}}}","channel":"C1","event_ts":"{{{ts}}}"{{{thread}}}}}""";
        var request = Signed("/slack/events", body, "application/json");
        if (retryNum is { } retry)
        {
            request.Headers.Add("X-Slack-Retry-Num", retry.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return request;
    }

    /// <summary>A request to the bot signed with the signing secret, as Slack signs it.</summary>
    private static HttpRequestMessage Signed(string path, string body, string contentType)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SigningSecret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        request.Content.Headers.ContentType = new(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature);
        return request;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
