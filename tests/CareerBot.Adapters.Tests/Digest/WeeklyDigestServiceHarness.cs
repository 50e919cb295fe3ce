using CareerBot.Adapters.Digest;
using CareerBot.Adapters.Memory;
using CareerBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Adapters.Tests.Digest;

/// <summary>
/// AddWeeklyDigest with a real SQLite store in a temporary folder, a fake clock (Sunday 2026-12-06 12:00 UTC unless
/// given) and the given platforms; several harnesses may share one clock and one claim set, as replicas would.
/// </summary>
internal sealed class WeeklyDigestServiceHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The first occurrence of the default schedule after <see cref="Start"/>: Monday 09:00 UTC.</summary>
    public static readonly DateTimeOffset FirstDue = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "careerbot-digest-" + Guid.NewGuid().ToString("N"));

    public WeeklyDigestServiceHarness(
        Dictionary<string, string?> settings, FakeTimeProvider? time = null, IExpiringKeySet? claims = null, params IDigestPoster[] posters)
    {
        Time = time ?? new FakeTimeProvider(Start);
        var config = new Dictionary<string, string?>
        {
            ["Store:Path"] = Path.Combine(_folder, "careerbot.db"),
            ["Store:UserKey"] = "a-digest-test-key-long-enough-0123456789",
        };
        foreach (var (key, value) in settings)
        {
            config[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(config).Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddFakeLogging().SetMinimumLevel(LogLevel.Debug))
            .AddSingleton<TimeProvider>(Time);
        if (claims is not null)
        {
            services.AddSingleton(claims);
        }

        foreach (var poster in posters)
        {
            services.AddSingleton(poster);
        }

        services.AddCareerBotStorage(configuration);
        services.AddWeeklyDigest(configuration);
        Services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Time { get; }

    public ServiceProvider Services { get; }

    public IFeedbackStore Store => Services.GetRequiredService<IFeedbackStore>();

    public WeeklyDigestService Service => Services.GetServices<IHostedService>().OfType<WeeklyDigestService>().Single();

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    public async Task StartAsync()
    {
        await Store.InitializeAsync(CancellationToken.None);
        await Service.StartAsync(CancellationToken.None);
    }

    /// <summary>Waits until the service has logged <paramref name="count"/> records with the event id (it logs "due at" once its timer is set).</summary>
    public async Task WaitForLogAsync(int eventId, int count = 1)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(3)); // a guard against a hang, not a time limit
        while (Logs.GetSnapshot().Count(record => record.Id.Id == eventId) < count)
        {
            await Task.Delay(10, guard.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Service.StopAsync(CancellationToken.None);
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
