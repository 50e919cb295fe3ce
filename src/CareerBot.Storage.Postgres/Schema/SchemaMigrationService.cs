using Microsoft.Extensions.Hosting;

namespace CareerBot.Storage.Postgres.Schema;

/// <summary>Runs the migration before the host serves: a newer schema or an unreachable database stops start-up with its reason.</summary>
internal sealed class SchemaMigrationService(SchemaMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.EnsureMigratedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
