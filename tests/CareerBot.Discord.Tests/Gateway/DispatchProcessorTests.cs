using System.Text.Json;
using CareerBot.Discord.Gateway;
using CareerBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerBot.Discord.Tests.Gateway;

public sealed class DispatchProcessorTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Process_EveryWorkerStalledOnMentions_InteractionAndCacheUpdateStillRunAtOnce()
    {
        var tuning = TestTuning.Fast();
        var mentions = new StalledHandler("MESSAGE_CREATE", DispatchLane.Shared);
        var interactions = new RecordingHandler("INTERACTION_CREATE", DispatchLane.Interactions);
        var guilds = new RecordingHandler("GUILD_CREATE", DispatchLane.Inline);
        var queue = new DispatchQueue(NullLogger<DispatchQueue>.Instance);
        using var processor = new DispatchProcessor(queue, [mentions, interactions, guilds], tuning, NullLogger<DispatchProcessor>.Instance);
        await processor.StartAsync(CancellationToken.None);

        for (var i = 0; i < tuning.MaxConcurrentHandlers + 4; i++)
        {
            queue.Enqueue(Dispatch("MESSAGE_CREATE"));
        }

        await mentions.AllStarted(tuning.MaxConcurrentHandlers).WaitAsync(Patience);
        queue.Enqueue(Dispatch("GUILD_CREATE"));
        queue.Enqueue(Dispatch("INTERACTION_CREATE"));

        await guilds.Handled.Task.WaitAsync(Patience);
        await interactions.Handled.Task.WaitAsync(Patience);
        Assert.Equal(tuning.MaxConcurrentHandlers, mentions.Started);
        using var stop = new CancellationTokenSource(Patience);
        await processor.StopAsync(stop.Token);
        Assert.Equal(tuning.MaxConcurrentHandlers, mentions.Started);
    }

    private static GatewayDispatch Dispatch(string type) => new(type, JsonDocument.Parse("{}").RootElement, 0, 0);

    private sealed class StalledHandler(string type, DispatchLane lane) : IDispatchHandler
    {
        private readonly TaskCompletionSource _enough = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _started;
        private int _wanted = int.MaxValue;

        public IReadOnlyCollection<string> Events { get; } = [type];

        public DispatchLane Lane => lane;

        public int Started => Volatile.Read(ref _started);

        public Task AllStarted(int count)
        {
            Volatile.Write(ref _wanted, count);
            if (Started >= count)
            {
                _enough.TrySetResult();
            }

            return _enough.Task;
        }

        public async Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _started) >= Volatile.Read(ref _wanted))
            {
                _enough.TrySetResult();
            }

            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }

    private sealed class RecordingHandler(string type, DispatchLane lane) : IDispatchHandler
    {
        public IReadOnlyCollection<string> Events { get; } = [type];

        public DispatchLane Lane => lane;

        public TaskCompletionSource Handled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task HandleAsync(GatewayDispatch dispatch, CancellationToken cancellationToken)
        {
            Handled.TrySetResult();
            return Task.CompletedTask;
        }
    }
}
