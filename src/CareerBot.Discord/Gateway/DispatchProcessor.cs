using System.Threading.Channels;
using CareerBot.Adapters.Hosting;
using CareerBot.Discord.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.Discord.Gateway;

/// <summary>
/// Takes dispatches off the queue and runs their handlers on their <see cref="DispatchLane"/>: cache updates
/// inline and in order; interactions at once, so their 3 s budget never waits behind slow message answers;
/// the rest on <see cref="DiscordTuning.MaxConcurrentHandlers"/> workers fed by a bounded hand-off. The loop
/// itself never waits for a worker, so cache updates and interactions keep flowing while every worker is busy.
/// Each failure is logged on its own.
/// </summary>
internal sealed class DispatchProcessor(DispatchQueue queue, IEnumerable<IDispatchHandler> handlers, DiscordTuning tuning, ILogger<DispatchProcessor> logger) : BackgroundService
{
    private readonly InFlightWork _interactions = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var byEvent = handlers
            .SelectMany(handler => handler.Events.Select(name => (name, handler)))
            .ToDictionary(pair => pair.name, pair => pair.handler, StringComparer.Ordinal);
        var shared = Channel.CreateBounded<(IDispatchHandler Handler, GatewayDispatch Dispatch)>(
            new BoundedChannelOptions(DispatchQueue.Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleWriter = true },
            dropped => Log.SharedLaneFull(logger, dropped.Dispatch.Type, tuning.MaxConcurrentHandlers, DispatchQueue.Capacity));
        var workers = Enumerable.Range(0, tuning.MaxConcurrentHandlers)
            .Select(_ => RunWorkerAsync(shared.Reader, stoppingToken))
            .ToArray();
        try
        {
            await foreach (var dispatch in queue.Reader.ReadAllAsync(stoppingToken))
            {
                if (!byEvent.TryGetValue(dispatch.Type, out var handler))
                {
                    continue;
                }

                switch (handler.Lane)
                {
                    case DispatchLane.Inline:
                        await RunAsync(handler, dispatch, stoppingToken);
                        break;
                    case DispatchLane.Interactions:
                        StartInteraction(handler, dispatch, stoppingToken);
                        break;
                    default:
                        shared.Writer.TryWrite((handler, dispatch));
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the running handlers see the same token.
        }

        shared.Writer.TryComplete();
        await Task.WhenAll(workers);
        await _interactions.WhenIdleAsync();
    }

    private void StartInteraction(IDispatchHandler handler, GatewayDispatch dispatch, CancellationToken stoppingToken)
    {
        _interactions.Track(RunDetachedAsync(handler, dispatch, stoppingToken));
    }

    private async Task RunDetachedAsync(IDispatchHandler handler, GatewayDispatch dispatch, CancellationToken stoppingToken)
    {
        await Task.Yield();
        await RunAsync(handler, dispatch, stoppingToken);
    }

    private async Task RunWorkerAsync(ChannelReader<(IDispatchHandler Handler, GatewayDispatch Dispatch)> reader, CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await foreach (var (handler, dispatch) in reader.ReadAllAsync(stoppingToken))
            {
                stoppingToken.ThrowIfCancellationRequested();
                await RunAsync(handler, dispatch, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: what still waits is dropped with the process.
        }
    }

    /// <summary>The boundary for event handlers: one event's failure is logged and never stops the others.</summary>
    private async Task RunAsync(IDispatchHandler handler, GatewayDispatch dispatch, CancellationToken stoppingToken)
    {
        try
        {
            await handler.HandleAsync(dispatch, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
#pragma warning disable CA1031 // One failure boundary per dispatched event: a failing handler is logged and the gateway keeps reading.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.HandlerFailed(logger, ex, dispatch.Type, dispatch.ShardId);
        }
    }
}
