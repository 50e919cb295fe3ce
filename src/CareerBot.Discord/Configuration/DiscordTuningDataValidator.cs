using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Configuration;

/// <summary>Source-generated checks of the <c>[Range]</c> attributes on <see cref="DiscordTuning"/>.</summary>
[OptionsValidator]
internal sealed partial class DiscordTuningDataValidator : IValidateOptions<DiscordTuning>;
