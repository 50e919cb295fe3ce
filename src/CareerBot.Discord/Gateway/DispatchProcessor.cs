using CareerBot.Discord.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Gateway;

/// <summary>
/// Takes dispatches off the queue and runs their handlers: cache updates inline and in order, the rest
/// concurrently (at most <see cref="DiscordTuning.MaxConcurrentHandlers"/>), each failure logged on its own.
/// </summary>
internal sealed class DispatchProcessor(DispatchQueue queue, IEnumerable<IDispatchHandler> handlers, DiscordTuning tuning, ILogger<DispatchProcessor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var byEvent = handlers
            .SelectMany(handler => handler.Events.Select(name => (name, handler)))
            .ToDictionary(pair => pair.name, pair => pair.handler, StringComparer.Ordinal);
        using var slots = new SemaphoreSlim(tuning.MaxConcurrentHandlers, tuning.MaxConcurrentHandlers);
        try
        {
            await foreach (var dispatch in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                if (!byEvent.TryGetValue(dispatch.Type, out var handler))
                {
                    continue;
                }

                if (handler.RunsInline)
                {
                    await RunAsync(handler, dispatch, stoppingToken).ConfigureAwait(false);
                    continue;
                }

                await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
                _ = RunDetachedAsync(handler, dispatch, slots, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the running handlers see the same token.
        }

        for (var i = 0; i < tuning.MaxConcurrentHandlers; i++)
        {
            await slots.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task RunDetachedAsync(IDispatchHandler handler, GatewayDispatch dispatch, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Yield();
            await RunAsync(handler, dispatch, stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            slots.Release();
        }
    }

    /// <summary>The boundary for event handlers: one event's failure is logged and never stops the others.</summary>
    private async Task RunAsync(IDispatchHandler handler, GatewayDispatch dispatch, CancellationToken stoppingToken)
    {
        try
        {
            await handler.HandleAsync(dispatch, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            Log.HandlerFailed(logger, ex, dispatch.Type, dispatch.ShardId);
        }
    }
}
