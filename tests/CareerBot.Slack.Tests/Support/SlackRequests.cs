using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CareerBot.Slack.Tests;

/// <summary>Builds requests the way Slack sends them, signed with an HMAC written here independently of the adapter.</summary>
public static class SlackRequests
{
    public const string FormContentType = "application/x-www-form-urlencoded";
    public const string JsonContentType = "application/json";

    public static string Sign(string secret, string timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}"));
        return "v0=" + Convert.ToHexStringLower(mac);
    }

    public static string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public static HttpRequestMessage Signed(
        Uri url, string body, string contentType, string? timestamp = null, string? signature = null, string secret = BotUnderTest.SigningSecret)
    {
        timestamp ??= Now();
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", signature ?? Sign(secret, timestamp, body));
        return request;
    }

    public static Task<HttpResponseMessage> PostSignedAsync(this BotUnderTest bot, string path, string body, string contentType, Action<HttpRequestMessage>? tweak = null)
    {
        var request = Signed(new Uri(bot.BaseAddress, path), body, contentType);
        tweak?.Invoke(request);
        return bot.Http.SendAsync(request);
    }

    private static int _triggers;

    public static string SlashCommand(string text, Uri? responseUrl = null, string user = "U0ALICE", string channel = "C0GENERAL", string? triggerId = null) =>
        Form(new()
        {
            ["token"] = "deprecated-verification-token",
            ["team_id"] = "T0TEAM",
            ["team_domain"] = "fake",
            ["channel_id"] = channel,
            ["channel_name"] = "general",
            ["user_id"] = user,
            ["user_name"] = "alice",
            ["command"] = "/career",
            ["text"] = text,
            ["response_url"] = responseUrl?.ToString() ?? "https://hooks.slack.com/commands/T0TEAM/1/abc",
            // One per invocation, as Slack sends: the same trigger_id again is a re-sent request and is not answered twice.
            ["trigger_id"] = triggerId ?? $"1.2.{Interlocked.Increment(ref _triggers)}",
            ["api_app_id"] = "A0APP",
        });

    public static string Form(Dictionary<string, string> fields) =>
        string.Join('&', fields.Select(field => Uri.EscapeDataString(field.Key) + "=" + Uri.EscapeDataString(field.Value)));

    public static string EventCallback(string eventId, string eventJson) =>
        $$"""{"token":"x","team_id":"T0TEAM","api_app_id":"A0APP","event":{{eventJson}},"type":"event_callback","event_id":"{{eventId}}","event_time":1700000000,"authorizations":[{"team_id":"T0TEAM","user_id":"U0BOT","is_bot":true}]}""";

    public static string AppMention(string text, string ts = "1700000001.000100", string channel = "C0GENERAL", string user = "U0ALICE", string? threadTs = null) =>
        $$"""{"type":"app_mention","user":"{{user}}","text":{{JsonSerializer.Serialize(text)}},"ts":"{{ts}}","channel":"{{channel}}","event_ts":"{{ts}}"{{(threadTs is null ? "" : $",\"thread_ts\":\"{threadTs}\"")}}}""";

    public static string DirectMessage(string text, string ts = "1700000002.000200", string channel = "D0ALICE", string user = "U0ALICE", string extra = "") =>
        $$"""{"type":"message","channel_type":"im","user":"{{user}}","text":{{JsonSerializer.Serialize(text)}},"ts":"{{ts}}","channel":"{{channel}}","event_ts":"{{ts}}"{{extra}}}""";

    public static string BlockActions(string actionId, string value, Uri responseUrl, string channel = "C0GENERAL", string user = "U0ALICE", string actionTs = "1700000003.000300") =>
        $$"""
        {"type":"block_actions","user":{"id":"{{user}}","username":"alice","team_id":"T0TEAM"},"api_app_id":"A0APP","token":"x",
         "container":{"type":"message","message_ts":"1700000000.000001","channel_id":"{{channel}}","is_ephemeral":true},
         "trigger_id":"1.2.3","team":{"id":"T0TEAM","domain":"fake"},"channel":{"id":"{{channel}}","name":"general"},
         "response_url":"{{responseUrl}}",
         "actions":[{"action_id":"{{actionId}}","block_id":"careerbot.actions","text":{"type":"plain_text","text":"x"},"value":{{JsonSerializer.Serialize(value)}},"type":"button","action_ts":"{{actionTs}}"}]}
        """;

    public static string Interaction(string payloadJson) => Form(new() { ["payload"] = payloadJson });
}
