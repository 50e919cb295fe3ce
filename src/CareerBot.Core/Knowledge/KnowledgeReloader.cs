using CareerBot.Core.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Core.Knowledge;

/// <summary>
/// Picks up knowledge edits without a restart: file events where they arrive, and a comparison of the folder every
/// <see cref="KnowledgeOptions.PollInterval"/> where they do not (container mounts). Once the folder has stayed the
/// same for <see cref="KnowledgeOptions.ReloadDelay"/>, <see cref="KnowledgeHost.Reload"/> builds the new snapshot off
/// the request path. A bad edit keeps the old knowledge and logs one warning with the start-up error's text.
/// </summary>
internal sealed class KnowledgeReloader(
    KnowledgeHost host,
    IOptions<KnowledgeOptions> options,
    CoreMetrics metrics,
    TimeProvider timeProvider,
    ILogger<KnowledgeReloader> logger)
{
    private volatile TaskCompletionSource _changed = NewSignal();
    /// <summary>The folder as last loaded or tried; null: as the serving snapshot was loaded.</summary>
    private string? _tried;

    /// <summary>Watches and reloads until <paramref name="stoppingToken"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var root = KnowledgeLocator.Resolve(settings.Path);
        using var watcher = settings.FileEvents ? TryWatch(root, settings.PollInterval) : null;
        Log.Watching(logger, root, settings.PollInterval.TotalSeconds);
        // The host starts this loop on a thread of its own (.NET 10), so an edit made between the snapshot's load and the
        // watcher's start raised no event: the loop checks first and waits after, not the other way round.
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CheckAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            var changed = _changed;
            using (var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
            {
                await Task.WhenAny(changed.Task, Task.Delay(settings.PollInterval, timeProvider, wait.Token));
                await wait.CancelAsync();
            }

            if (changed.Task.IsCompleted)
            {
                _changed = NewSignal();
            }
        }
    }

    /// <summary>Reloads when the folder differs from what was last loaded (or tried); true when it tried.</summary>
    public async Task<bool> CheckAsync(CancellationToken cancellationToken)
    {
        // Nothing loaded yet (the start-up load runs beside this loop): that load reads the folder as it is then.
        if ((_tried ?? host.LoadedFingerprint) is not { } loaded)
        {
            return false;
        }

        var root = KnowledgeLocator.Resolve(options.Value.Path);
        var current = KnowledgeFingerprint.Of(root);
        if (current == loaded)
        {
            return false;
        }

        // Wait until the folder is quiet: an editor or a volume update writes several files, one reload is enough.
        while (true)
        {
            await Task.Delay(options.Value.ReloadDelay, timeProvider, cancellationToken);
            var again = KnowledgeFingerprint.Of(root);
            if (again == current)
            {
                break;
            }

            current = again;
        }

        _tried = current;
        try
        {
            host.Reload();
            metrics.Reload(success: true);
        }
        catch (KnowledgeException ex)
        {
            // Until the next edit this is the folder's state: one warning, not one per poll.
            Log.ReloadRejected(logger, ex.Message);
            metrics.Reload(success: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A file caught mid-write or mid-swap: try again at the next check.
            _tried = null;
            Log.ReloadFailed(logger, ex);
            metrics.Reload(success: false);
        }

        return true;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FileSystemWatcher? TryWatch(string root, TimeSpan pollInterval)
    {
        try
        {
            var watcher = new FileSystemWatcher(root)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            };
            watcher.Changed += (_, _) => _changed.TrySetResult();
            watcher.Created += (_, _) => _changed.TrySetResult();
            watcher.Deleted += (_, _) => _changed.TrySetResult();
            watcher.Renamed += (_, _) => _changed.TrySetResult();
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            // inotify limits, a network share: the poll still finds edits.
            Log.WatcherUnavailable(logger, root, ex.Message, pollInterval.TotalSeconds);
            return null;
        }
    }
}
