using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Configuration;

/// <summary>The rules between <see cref="DiscordTuning"/> values; each message names the settings and their variables.</summary>
internal sealed class DiscordTuningValidator : IValidateOptions<DiscordTuning>
{
    public ValidateOptionsResult Validate(string? name, DiscordTuning options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.ReconnectMaxDelay < options.ReconnectBaseDelay)
        {
            failures.Add("Discord:Tuning:ReconnectMaxDelay (Discord__Tuning__ReconnectMaxDelay) must not be shorter than "
                + "Discord:Tuning:ReconnectBaseDelay (Discord__Tuning__ReconnectBaseDelay).");
        }

        if (options.InvalidSessionMaxDelay < options.InvalidSessionMinDelay)
        {
            failures.Add("Discord:Tuning:InvalidSessionMaxDelay (Discord__Tuning__InvalidSessionMaxDelay) must not be shorter than "
                + "Discord:Tuning:InvalidSessionMinDelay (Discord__Tuning__InvalidSessionMinDelay).");
        }

        if (options.Random is null)
        {
            failures.Add("Discord:Tuning:Random must not be null: it is the jitter source, not a setting.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
