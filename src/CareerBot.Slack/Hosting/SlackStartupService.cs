using CareerBot.Slack.WebApi;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.Hosting;

/// <summary>
/// Calls <c>auth.test</c> before anything is received, to learn the bot's own ids (so it ignores itself) and to
/// fail start-up with a clear message when the bot token is wrong.
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
            throw new InvalidOperationException(
                $"Slack rejected Slack:BotToken ({ex.Error}). Set Slack__BotToken to the app's Bot User OAuth Token (xoxb-...) "
                + "from the OAuth & Permissions page, reinstalling the app if it was revoked.", ex);
        }
        catch (SlackApiException ex)
        {
            throw new InvalidOperationException(
                $"Could not reach the Slack Web API (auth.test: {ex.Error}). Check the network and Slack:ApiBaseUrl.", ex);
        }

        identity.Set(bot);
        Log.Identified(logger, bot.UserId, bot.TeamId);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
