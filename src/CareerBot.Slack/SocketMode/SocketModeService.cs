using System.Net.WebSockets;
using CareerBot.Adapters.Hosting;
using CareerBot.Adapters.Resilience;
using CareerBot.Core.Health;
using CareerBot.Slack.Configuration;
using CareerBot.Slack.Diagnostics;
using CareerBot.Slack.Hosting;
using CareerBot.Slack.WebApi;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.SocketMode;

/// <summary>
/// Keeps one Socket Mode connection open: a fresh URL from <c>apps.connections.open</c> for every connection, a
/// reconnect with capped, jittered backoff after a failure, an immediate one after Slack's routine refresh, and a stop
/// of the host when Slack rejects the app token.
/// </summary>
internal sealed class SocketModeService(
    SlackWebApiClient api,
    SocketModeConnection connection,
    SocketSlashCommands slashCommands,
    FatalStop fatalStop,
    IHostApplicationLifetime lifetime,
    IOptions<SlackOptions> options,
    TimeProvider timeProvider,
    SlackMetrics metrics,
    ConnectionStates connections,
    ILogger<SocketModeService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Receive only once the host has fully started, so a rejected token stops a started host (a clean exit
        // with the message and exit code) rather than cancelling start-up half-way.
        if (!await WaitForHostStartedAsync(stoppingToken))
        {
            return;
        }

        try
        {
            await ReceiveUntilStoppedAsync(stoppingToken);
        }
        finally
        {
            // Slash commands still being answered off the loop hand their answers to the queue, which is closed only
            // after this service has stopped.
            await slashCommands.WhenIdleAsync();
        }
    }

    private async Task ReceiveUntilStoppedAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var backoff = new ReconnectBackoff(settings.ReconnectDelay, settings.MaxReconnectDelay, timeProvider, Random.Shared);
        while (!stoppingToken.IsCancellationRequested)
        {
            Uri url;
            try
            {
                url = await api.OpenSocketModeConnectionAsync(stoppingToken);
            }
            catch (SlackApiException ex) when (ex.IsAuthFailure)
            {
                fatalStop.StopForRejectedToken("Slack:AppToken", ex.Method, ex.Error);
                return;
            }
            catch (SlackApiException ex)
            {
                await WaitBeforeReconnectAsync(backoff, ex.Error, backoff.Next(), stoppingToken);
                continue;
            }

            var started = timeProvider.GetUtcNow();
            var outcome = await RunConnectionAsync(url, stoppingToken);
            connections.Lost(ConnectionStates.SlackSocketMode, outcome.Reason);
            if (stoppingToken.IsCancellationRequested)
            {
                break;
            }

            var healthy = outcome.HelloReceived && timeProvider.GetUtcNow() - started >= settings.MaxReconnectDelay;
            if (healthy)
            {
                backoff.Reset();
            }

            await WaitBeforeReconnectAsync(backoff, outcome.Reason, outcome.IsRoutineRefresh && healthy ? TimeSpan.Zero : backoff.Next(), stoppingToken);
        }
    }

    private async Task<bool> WaitForHostStartedAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task<ConnectionOutcome> RunConnectionAsync(Uri url, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = settings.SocketPingInterval;
        socket.Options.KeepAliveTimeout = settings.SocketPingTimeout;
        try
        {
            using var connectTimeout = new CancellationTokenSource(settings.SocketHelloTimeout, timeProvider);
            using var connect = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, connectTimeout.Token);
            await socket.ConnectAsync(url, connect.Token);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested
            && ex is WebSocketException or HttpRequestException or OperationCanceledException or IOException)
        {
            Log.ConnectFailed(logger, ex.Message);
            return new ConnectionOutcome("connect_failed", false);
        }

        try
        {
            return await connection.RunAsync(socket, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return new ConnectionOutcome("stopping", true);
        }
    }

    private async Task WaitBeforeReconnectAsync(ReconnectBackoff backoff, string reason, TimeSpan delay, CancellationToken stoppingToken)
    {
        Log.Reconnecting(logger, reason, delay);
        metrics.Reconnect(reason);
        await backoff.WaitAsync(delay, stoppingToken);
    }
}
