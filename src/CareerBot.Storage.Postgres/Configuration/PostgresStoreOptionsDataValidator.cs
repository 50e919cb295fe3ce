using Microsoft.Extensions.Options;

namespace CareerBot.Storage.Postgres.Configuration;

/// <summary>The ranges of <see cref="PostgresStoreOptions"/>, checked at start-up.</summary>
[OptionsValidator]
internal sealed partial class PostgresStoreOptionsDataValidator : IValidateOptions<PostgresStoreOptions>;
