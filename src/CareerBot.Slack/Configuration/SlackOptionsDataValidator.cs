using Microsoft.Extensions.Options;

namespace CareerBot.Slack.Configuration;

/// <summary>Checks the <c>[Required]</c> and <c>[Range]</c> attributes of <see cref="SlackOptions"/> (source-generated).</summary>
[OptionsValidator]
internal sealed partial class SlackOptionsDataValidator : IValidateOptions<SlackOptions>;
