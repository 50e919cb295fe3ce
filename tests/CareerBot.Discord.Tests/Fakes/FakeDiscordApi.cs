using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>
/// A loopback HTTP server playing Discord's REST API: records every call and answers like Discord does
/// (gateway info, created messages, 204 callbacks, command lists), or with scripted answers (429, 401, 5xx).
/// </summary>
internal sealed class FakeDiscordApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<(Func<RecordedRequest, bool> Match, ScriptedResponse Response)> _scripted = new();
    private readonly Lock _scriptLock = new();

    private FakeDiscordApi(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>What <c>GET /gateway/bot</c> returns as <c>url</c>.</summary>
    public Uri? GatewayUrl { get; set; }

    public int RecommendedShards { get; set; } = 1;

    public string SessionStartLimitJson { get; set; } = """{"total":1000,"remaining":999,"reset_after":14400000,"max_concurrency":1}""";

    /// <summary>What <c>GET .../commands</c> returns.</summary>
    public string CurrentCommandsJson { get; set; } = "[]";

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public static async Task<FakeDiscordApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeDiscordApi(app);
        app.Map("/api/v10/{**path}", fake.HandleAsync);
        await app.StartAsync();
        var address = app.Urls.First();
        fake.BaseUrl = new Uri(address + "/api/v10/");
        return fake;
    }

    /// <summary>Answers the next <paramref name="times"/> matching requests with <paramref name="response"/>.</summary>
    public void Script(Func<RecordedRequest, bool> match, ScriptedResponse response, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _scripted.Enqueue((match, response));
        }
    }

    public IReadOnlyList<RecordedRequest> Matching(string method, string pathPrefix) =>
        Requests.Where(r => r.Method == method && r.Path.StartsWith(pathPrefix, StringComparison.Ordinal)).ToList();

    /// <summary>The first request (past or future) that matches, or a failure after <paramref name="timeout"/>.</summary>
    public async Task<RecordedRequest> WaitForAsync(Func<RecordedRequest, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            if (Requests.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(10);
        }

        throw new TimeoutException($"No matching request arrived; got: {string.Join(", ", Requests)}");
    }

    public Task<RecordedRequest> WaitForAsync(string method, string pathPrefix, TimeSpan? timeout = null) =>
        WaitForAsync(r => r.Method == method && r.Path.StartsWith(pathPrefix, StringComparison.Ordinal), timeout);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new RecordedRequest(context.Request.Method, (string)context.Request.RouteValues["path"]!, headers, body, DateTimeOffset.UtcNow);
        _requests.Enqueue(request);
        var response = TakeScripted(request) ?? Default(request);
        if (response.Delay is { } delay)
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Body);
        }
    }

    private ScriptedResponse? TakeScripted(RecordedRequest request)
    {
        lock (_scriptLock)
        {
            var all = new List<(Func<RecordedRequest, bool> Match, ScriptedResponse Response)>();
            while (_scripted.TryDequeue(out var entry))
            {
                all.Add(entry);
            }

            var index = all.FindIndex(e => e.Match(request));
            var taken = index >= 0 ? all[index].Response : null;
            foreach (var entry in all.Where((_, i) => i != index))
            {
                _scripted.Enqueue(entry);
            }

            return taken;
        }
    }

    private ScriptedResponse Default(RecordedRequest request) => (request.Method, request.Path.Split('/')) switch
    {
        ("GET", ["gateway", "bot"]) => new ScriptedResponse(200, $$"""{"url":"{{GatewayUrl}}","shards":{{RecommendedShards}},"session_start_limit":{{SessionStartLimitJson}}}"""),
        ("POST", ["channels", var channel, "messages"]) => new ScriptedResponse(200, $$"""{"id":"{{900000 + _requests.Count}}","channel_id":"{{channel}}"}"""),
        ("POST", ["interactions", _, _, "callback"]) => new ScriptedResponse(204),
        ("PATCH", ["webhooks", _, _, "messages", "@original"]) => new ScriptedResponse(200, """{"id":"800000"}"""),
        ("DELETE", ["webhooks", _, _, "messages", "@original"]) => new ScriptedResponse(204),
        ("GET", ["applications", .., "commands"]) => new ScriptedResponse(200, CurrentCommandsJson),
        ("PUT", ["applications", .., "commands"]) => new ScriptedResponse(200, request.Body),
        _ => new ScriptedResponse(404, """{"message":"404: Not Found","code":0}"""),
    };
}
