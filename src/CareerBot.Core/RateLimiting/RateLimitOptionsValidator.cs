using Microsoft.Extensions.Options;

namespace CareerBot.Core.RateLimiting;

/// <summary>Checks <see cref="RateLimitOptions"/> at start-up; the messages name the setting and its variable.</summary>
[OptionsValidator]
internal sealed partial class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>;
