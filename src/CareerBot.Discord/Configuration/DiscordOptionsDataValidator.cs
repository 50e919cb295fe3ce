using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Configuration;

/// <summary>Source-generated checks of the data annotations on <see cref="DiscordOptions"/>.</summary>
[OptionsValidator]
internal sealed partial class DiscordOptionsDataValidator : IValidateOptions<DiscordOptions>;
