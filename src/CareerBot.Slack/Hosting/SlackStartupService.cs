using CareerBot.Slack.Configuration;
using CareerBot.Slack.WebApi;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerBot.Slack.Hosting;

/// <summary>
/// Calls <c>auth.test</c> before anything is received, to learn the bot's own ids (so it ignores itself) and to
/// fail start-up with a message naming the setting when the bot token is wrong. The failure is an
/// <see cref="OptionsValidationException"/> because it is one: a setting to fix, not a crash.
/// </summary>
internal sealed class SlackStartupService(SlackWebApiClient api, SlackIdentity identity, ILogger<SlackStartupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        SlackBotIdentity bot;
        try
        {
            bot = await api.AuthTestAsync(cancellationToken);
        }
        catch (SlackApiException ex) when (ex.IsAuthFailure)
        {
            Log.TokenRejected(logger, "Slack:BotToken", ex.Method, ex.Error, "Slack__BotToken");
            throw new OptionsValidationException(SlackOptions.SectionName, typeof(SlackOptions),
            [
                $"Slack rejected Slack:BotToken ({ex.Error}): set Slack__BotToken to the app's Bot User OAuth Token (xoxb-...) "
                + "from its OAuth & Permissions page, and reinstall the app to the workspace if the token was revoked.",
            ]);
        }
        catch (SlackApiException ex)
        {
            throw new OptionsValidationException(SlackOptions.SectionName, typeof(SlackOptions),
            [
                $"Could not reach the Slack Web API to check Slack:BotToken (auth.test: {ex.Error}): "
                + "check the network and Slack:ApiBaseUrl (default https://slack.com/api/).",
            ]);
        }

        identity.Set(bot);
        Log.Identified(logger, bot.UserId, bot.TeamId);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
