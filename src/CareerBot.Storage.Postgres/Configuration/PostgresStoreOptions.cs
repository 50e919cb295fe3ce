using System.ComponentModel.DataAnnotations;

namespace CareerBot.Storage.Postgres.Configuration;

/// <summary>
/// Settings of section <c>Store</c> that the PostgreSQL store reads: <c>Store__Provider=postgres</c> turns it on,
/// <c>Store__ConnectionString</c> says where (an Npgsql connection string; keep its password in a secret).
/// </summary>
public sealed class PostgresStoreOptions
{
    public const string SectionName = "Store";

    /// <summary>The value of <c>Store__Provider</c> that selects this store.</summary>
    public const string ProviderName = "postgres";

    /// <summary><c>postgres</c> for this store; anything else leaves the embedded default in charge.</summary>
    public string? Provider { get; set; }

    /// <summary>An Npgsql connection string (<c>Host=db;Username=careerbot;Password=...;Database=careerbot</c>).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long one statement or connection attempt may take before the store counts as out.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00", ErrorMessage = "Store:Timeout (Store__Timeout) must be between 00:00:00.100 and 00:01:00.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long start-up may take to open the database, wait for another replica's migration (the advisory lock) and
    /// migrate (<c>Store__StartupTimeout</c>); also the budget of the work no user waits on: <c>careerbot report</c>'s
    /// queries and the retention job. Several replicas starting at once on a loaded machine take turns, so this is
    /// far longer than <see cref="Timeout"/>, which bounds what a question waits for. Between
    /// <see cref="MinStartupTimeout"/> and <see cref="MaxStartupTimeout"/>, checked at start-up.
    /// </summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The shortest <see cref="StartupTimeout"/>.</summary>
    public static TimeSpan MinStartupTimeout => TimeSpan.FromSeconds(1);

    /// <summary>The longest <see cref="StartupTimeout"/> (Npgsql takes at most 1024 s to connect).</summary>
    public static TimeSpan MaxStartupTimeout => TimeSpan.FromMinutes(15);

    /// <summary>After a failure, how long this replica works from its local memory before it tries the store again.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "Store:RetryInterval (Store__RetryInterval) must be between 00:00:00.100 and 00:10:00.")]
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Most shared delivery keys and follow-up values kept; past it the ones closest to expiry go first.</summary>
    [Range(1_000, 100_000_000, ErrorMessage = "Store:MaxSharedEntries (Store__MaxSharedEntries) must be between 1000 and 100000000.")]
    public int MaxSharedEntries { get; set; } = 1_000_000;

    /// <summary>Most users' rate-limit buckets kept; past it the longest-idle ones go first.</summary>
    [Range(1_000, 100_000_000, ErrorMessage = "Store:MaxRateLimitBuckets (Store__MaxRateLimitBuckets) must be between 1000 and 100000000.")]
    public int MaxRateLimitBuckets { get; set; } = 1_000_000;

    public bool IsSelected => string.Equals(Provider?.Trim(), ProviderName, StringComparison.OrdinalIgnoreCase);
}
