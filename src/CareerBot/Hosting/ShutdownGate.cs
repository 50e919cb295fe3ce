using Microsoft.Extensions.Options;

namespace CareerBot.Hosting;

/// <summary>
/// The first thing that happens when the host stops: readiness turns 503, then (after <see cref="ShutdownOptions.DrainDelay"/>)
/// the other services stop: the platforms close their connections and the server finishes its in-flight requests within
/// <see cref="ShutdownOptions.Timeout"/>.
/// </summary>
internal sealed class ShutdownGate(IOptions<ShutdownOptions> options, TimeProvider timeProvider, ILogger<ShutdownGate> logger) : IHostedLifecycleService
{
    private volatile bool _stopping;

    public bool IsStopping => _stopping;

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        var delay = options.Value.DrainDelay;
        Log.Draining(logger, delay.TotalSeconds);
        if (delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(delay, timeProvider, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // The shutdown timeout ran out: go on stopping.
            }
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
