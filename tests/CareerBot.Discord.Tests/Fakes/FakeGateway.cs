using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>A loopback WebSocket server (real Kestrel) that hands each bot connection to the test as a <see cref="GatewayPeer"/>.</summary>
internal sealed class FakeGateway : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<GatewayPeer> _connections = Channel.CreateUnbounded<GatewayPeer>();
    private int _connectionCount;

    private FakeGateway(WebApplication app) => _app = app;

    /// <summary>Where <c>GET /gateway/bot</c> points.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>What READY offers as <c>resume_gateway_url</c>; connections there have <see cref="GatewayPeer.Path"/> "/resume".</summary>
    public Uri ResumeUrl { get; private set; } = null!;

    public int ConnectionCount => Volatile.Read(ref _connectionCount);

    public static async Task<FakeGateway> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var gateway = new FakeGateway(app);
        app.UseWebSockets();
        app.Run(gateway.AcceptAsync);
        await app.StartAsync();
        var address = new Uri(app.Urls.First());
        gateway.Url = new Uri($"ws://{address.Authority}/");
        gateway.ResumeUrl = new Uri($"ws://{address.Authority}/resume");
        return gateway;
    }

    public async Task<GatewayPeer> NextConnectionAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        try
        {
            return await _connections.Reader.ReadAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("The bot did not connect in time.");
        }
    }

    /// <summary>True when the bot opens no connection within <paramref name="window"/>.</summary>
    public async Task<bool> NoConnectionWithinAsync(TimeSpan window)
    {
        using var cts = new CancellationTokenSource(window);
        try
        {
            await _connections.Reader.WaitToReadAsync(cts.Token);
            return false;
        }
        catch (OperationCanceledException)
        {
            return true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest || context.Request.Query["v"] != "10" || context.Request.Query["encoding"] != "json")
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var peer = new GatewayPeer(socket, context.Request.Path.Value ?? "/");
        Interlocked.Increment(ref _connectionCount);
        _connections.Writer.TryWrite(peer);
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, context.RequestAborted);
        await peer.RunAsync(linked.Token);
    }
}
