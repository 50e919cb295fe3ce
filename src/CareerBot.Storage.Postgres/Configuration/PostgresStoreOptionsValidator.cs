using Microsoft.Extensions.Options;
using Npgsql;

namespace CareerBot.Storage.Postgres.Configuration;

/// <summary>
/// With <c>Store__Provider=postgres</c>, a start-up budget in range and a connection string that Npgsql can read and that names a host. The messages
/// name the setting and never repeat the connection string (it may hold a password).
/// </summary>
internal sealed class PostgresStoreOptionsValidator : IValidateOptions<PostgresStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, PostgresStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsSelected)
        {
            return ValidateOptionsResult.Success;
        }

        if (options.StartupTimeout < PostgresStoreOptions.MinStartupTimeout || options.StartupTimeout > PostgresStoreOptions.MaxStartupTimeout)
        {
            return ValidateOptionsResult.Fail(
                $"Store:StartupTimeout (Store__StartupTimeout) must be between {PostgresStoreOptions.MinStartupTimeout:c} and {PostgresStoreOptions.MaxStartupTimeout:c}: how long start-up may wait to open and migrate the database.");
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail(
                "Store:Provider (Store__Provider) is 'postgres' but Store:ConnectionString (Store__ConnectionString) is empty: set it to an Npgsql connection string, e.g. Host=db;Username=careerbot;Password=...;Database=careerbot.");
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        }
        catch (ArgumentException)
        {
            return ValidateOptionsResult.Fail("Store:ConnectionString (Store__ConnectionString) is not a valid Npgsql connection string (keys such as Host, Port, Username, Password, Database).");
        }
        catch (FormatException)
        {
            return ValidateOptionsResult.Fail("Store:ConnectionString (Store__ConnectionString) has a value Npgsql cannot read (a port or timeout that is not a number?).");
        }

        return string.IsNullOrWhiteSpace(builder.Host)
            ? ValidateOptionsResult.Fail("Store:ConnectionString (Store__ConnectionString) names no Host: say where PostgreSQL runs (Host=...).")
            : ValidateOptionsResult.Success;
    }
}
