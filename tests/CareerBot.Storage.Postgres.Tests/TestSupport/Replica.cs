using CareerBot.Core;
using CareerBot.Storage.Postgres.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Storage.Postgres.Tests.TestSupport;

/// <summary>
/// One "replica": the core and the PostgreSQL store composed as <c>careerbot serve</c> composes them, on its own
/// service provider (its own pool and local memory) and the test's clock. Two of them on one database behave as
/// two processes do, short of the network between them.
/// </summary>
internal sealed class Replica : IAsyncDisposable
{
    private Replica(ServiceProvider services) => Services = services;

    public ServiceProvider Services { get; }

    public static async Task<Replica> StartAsync(string connectionString, FakeTimeProvider time, IDictionary<string, string?>? settings = null)
    {
        var data = new Dictionary<string, string?>
        {
            ["Store:Provider"] = "postgres",
            ["Store:ConnectionString"] = connectionString,
            ["Store:RetryInterval"] = "00:00:05",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            data[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(data).Build();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddCareerBotCore(configuration);
        services.AddPostgresStore(configuration);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await provider.GetRequiredService<SchemaMigrator>().MigrateAsync(CancellationToken.None);
        return new Replica(provider);
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
