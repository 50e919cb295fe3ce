using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.Tests.Peers;

/// <summary>
/// A real Kestrel server on loopback that plays Slack: the Web API under <c>/api/</c> (records every call, answers
/// like Slack or as scripted: 429, ok:false, no answer, ...), <c>response_url</c> hooks under <c>/hooks/</c> (scripted as
/// <c>response_url</c>), and Socket Mode
/// WebSockets under <c>/socket/</c> handed to the test as <see cref="FakeSocketSession"/>s.
/// </summary>
public sealed class FakeSlack : IAsyncDisposable
{
    public const string BotUserId = "U0BOT";
    public const string BotId = "B0BOT";
    public const string TeamId = "T0TEAM";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedCall> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeResponse>> _scripted = new(StringComparer.Ordinal);
    private readonly Channel<FakeSocketSession> _sessions = Channel.CreateUnbounded<FakeSocketSession>();
    private readonly ConcurrentBag<FakeSocketSession> _allSessions = [];
    private int _messageCounter;
    private int _socketCounter;
    private int _silentConnections;

    private FakeSlack(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public Uri ApiBaseUrl => new(BaseAddress, "/api/");

    /// <summary>Users that users.info reports as bots.</summary>
    public ConcurrentDictionary<string, bool> BotUsers { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<RecordedCall> Calls => [.. _calls];

    public static async Task<FakeSlack> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSlack(app);
        app.UseWebSockets();
        app.MapPost("/api/{method}", fake.HandleApiAsync);
        app.MapPost("/hooks/{id}", fake.HandleHookAsync);
        app.Map("/socket/{number:int}", fake.HandleSocketAsync);
        await app.StartAsync();
        fake.BaseAddress = new Uri(app.Urls.First());
        return fake;
    }

    public Uri ResponseUrl(string id) => new(BaseAddress, "/hooks/" + id);

    /// <summary>The next answers to <paramref name="method"/>, in order; after them the method answers normally.</summary>
    public void Script(string method, params FakeResponse[] responses)
    {
        var queue = _scripted.GetOrAdd(method, _ => new ConcurrentQueue<FakeResponse>());
        foreach (var response in responses)
        {
            queue.Enqueue(response);
        }
    }

    /// <summary>The next Socket Mode connection(s) will get hello but never read: no acks, no pongs.</summary>
    public void SilenceNextConnections(int count = 1) => Interlocked.Add(ref _silentConnections, count);

    public IReadOnlyList<RecordedCall> CallsTo(string method) => [.. _calls.Where(call => call.Method == method)];

    public async Task<IReadOnlyList<RecordedCall>> WaitForCallsAsync(string method, int count = 1, TimeSpan? timeout = null)
    {
        await Eventually.TrueAsync(() => CallsTo(method).Count >= count, timeout, $"{count} call(s) to {method}; got {string.Join(", ", Calls.Select(c => c.Method))}");
        return CallsTo(method);
    }

    public async Task<FakeSocketSession> NextSocketAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await _sessions.Reader.ReadAsync(cts.Token);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var session in _allSessions)
        {
            session.Drop();
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> HandleApiAsync(string method, HttpContext context)
    {
        var call = await RecordAsync(method, context);
        if (await AnswerScriptedAsync(method, context) is { } scripted)
        {
            return scripted;
        }

        var body = method switch
        {
            "auth.test" => $$"""{"ok":true,"url":"https://fake.slack.com/","team":"Fake","user":"careerbot","team_id":"{{TeamId}}","user_id":"{{BotUserId}}","bot_id":"{{BotId}}"}""",
            "apps.connections.open" => $$"""{"ok":true,"url":"ws://{{BaseAddress.Authority}}/socket/{{Interlocked.Increment(ref _socketCounter)}}"}""",
            "chat.postMessage" => $$"""{"ok":true,"channel":"C","ts":"1700000000.{{Interlocked.Increment(ref _messageCounter).ToString("D6", CultureInfo.InvariantCulture)}}"}""",
            "chat.postEphemeral" => """{"ok":true,"message_ts":"1700000000.999999"}""",
            "conversations.open" => """{"ok":true,"channel":{"id":"D0NEWBIE"}}""",
            "users.info" => UsersInfo(call),
            _ => """{"ok":true}""",
        };
        return Results.Text(body, "application/json");
    }

    private string UsersInfo(RecordedCall call)
    {
        var user = call.Form["user"].ToString();
        var isBot = BotUsers.ContainsKey(user) ? "true" : "false";
        return $$$"""{"ok":true,"user":{"id":"{{{user}}}","name":"someone","is_bot":{{{isBot}}},"deleted":false}}""";
    }

    private async Task<IResult> HandleHookAsync(string id, HttpContext context)
    {
        await RecordAsync("response_url", context);
        return await AnswerScriptedAsync("response_url", context) ?? Results.Text("""{"ok":true}""", "application/json");
    }

    /// <summary>The next scripted answer for <paramref name="method"/>, or null to answer normally.</summary>
    private async Task<IResult?> AnswerScriptedAsync(string method, HttpContext context)
    {
        if (!_scripted.TryGetValue(method, out var queue) || !queue.TryDequeue(out var scripted))
        {
            return null;
        }

        foreach (var header in scripted.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[header.Key] = header.Value;
        }

        if (scripted.Stall == FakeStall.None)
        {
            return Results.Text(scripted.Body, "application/json", statusCode: scripted.Status);
        }

        if (scripted.Stall == FakeStall.MidBody)
        {
            context.Response.StatusCode = scripted.Status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(scripted.Body);
            await context.Response.Body.FlushAsync();
        }

        // Hang until the client gives up (or the fake stops).
        using var hang = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _app.Lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(Timeout.Infinite, hang.Token);
        }
        catch (OperationCanceledException)
        {
            // The client gave up: that is the point.
        }

        return Results.Empty;
    }

    private async Task HandleSocketAsync(int number, HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var silent = Interlocked.Decrement(ref _silentConnections) >= 0;
        if (!silent)
        {
            Interlocked.Increment(ref _silentConnections);
        }

        var session = new FakeSocketSession(socket, number, silent);
        _allSessions.Add(session);
        await _sessions.Writer.WriteAsync(session);
        await session.Ended;
    }

    private async Task<RecordedCall> RecordAsync(string method, HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var call = new RecordedCall(
            method,
            context.Request.Path,
            context.Request.Headers.Authorization.ToString(),
            context.Request.ContentType,
            context.Request.ContentLength,
            body,
            DateTimeOffset.UtcNow);
        _calls.Enqueue(call);
        return call;
    }
}
