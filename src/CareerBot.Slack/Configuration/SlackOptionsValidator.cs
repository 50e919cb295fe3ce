using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.Configuration;

/// <summary>
/// The rules that span settings. Every message names the setting and its environment variable and never
/// repeats a secret's value.
/// </summary>
internal sealed partial class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (string.IsNullOrWhiteSpace(options.BotToken))
        {
            failures.Add("Slack:BotToken (environment variable Slack__BotToken) is required when Slack is configured: "
                + "every reply is sent through the Web API with the bot token (xoxb-...).");
        }
        else if (!options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            failures.Add("Slack:BotToken (environment variable Slack__BotToken) must be a bot token starting with 'xoxb-': "
                + "copy the Bot User OAuth Token from the app's OAuth & Permissions page.");
        }

        if (options.AppToken is not null && !string.IsNullOrWhiteSpace(options.AppToken)
            && !options.AppToken.StartsWith("xapp-", StringComparison.Ordinal))
        {
            failures.Add("Slack:AppToken (environment variable Slack__AppToken) must be an app-level token starting with 'xapp-': "
                + "create one with scope connections:write under Basic Information > App-Level Tokens.");
        }

        if (!options.HttpEndpointsEnabled && !options.SocketModeEnabled)
        {
            failures.Add("Slack:SigningSecret (environment variable Slack__SigningSecret) is required for the HTTP endpoints "
                + "/slack/commands, /slack/events and /slack/interactions, which never accept unverified requests; "
                + "set it, or set Slack:AppToken (Slack__AppToken) to use Socket Mode instead.");
        }

        if (!options.ApiBaseUrl.IsAbsoluteUri || (options.ApiBaseUrl.Scheme != Uri.UriSchemeHttps && options.ApiBaseUrl.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Slack:ApiBaseUrl (environment variable Slack__ApiBaseUrl) must be an absolute http(s) URL such as https://slack.com/api/.");
        }

        foreach (var channel in options.OnboardingChannels)
        {
            if (!ChannelId().IsMatch(channel))
            {
                failures.Add($"Slack:OnboardingChannels entry '{channel}' is not a channel id such as C0123ABCD: "
                    + "open the channel's details in Slack and copy the Channel ID at the bottom.");
            }
        }

        if (options.MaxReconnectDelay < options.ReconnectDelay)
        {
            failures.Add("Slack:MaxReconnectDelay must not be shorter than Slack:ReconnectDelay.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex("^[CG][A-Z0-9]{2,}$")]
    private static partial Regex ChannelId();
}
