using CareerBot.Storage.Users;
using Microsoft.Extensions.Hosting;

namespace CareerBot.Storage.Hosting;

/// <summary>
/// Opens the store at start-up (schema created or migrated, the user key loaded: any problem stops the host with
/// its clear message) and, on a graceful stop, commits every queued write before the host exits. Registered before
/// the chat adapters, so it stops after them: what they still answer while draining is recorded.
/// </summary>
internal sealed class StoreLifetimeService(IFeedbackStore store, IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        _ = (UserHasher)services.GetService(typeof(UserHasher))!;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (store is IAsyncDisposable closable)
        {
            await closable.DisposeAsync();
        }
    }
}
