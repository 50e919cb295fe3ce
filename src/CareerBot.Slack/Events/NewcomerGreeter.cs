using CareerBot.Core.Onboarding;
using CareerBot.Slack.Rendering;
using CareerBot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace CareerBot.Slack.Events;

/// <summary>
/// Greets newcomers with the shared welcome from the core: in an onboarding channel as a message only they see,
/// and (when enabled) on joining the workspace by DM. Bots and deactivated accounts are not greeted.
/// </summary>
internal sealed class NewcomerGreeter(
    IWelcomeMessages welcomeMessages,
    BlockKitRenderer renderer,
    SlackWebApiClient api,
    ILogger<NewcomerGreeter> logger)
{
    public async Task GreetInChannelAsync(string userId, string channelId, CancellationToken cancellationToken)
    {
        if (!SlackIds.IsUser(userId) || !SlackIds.IsChannel(channelId) || await IsBotAsync(userId, cancellationToken))
        {
            return;
        }

        var welcome = Render($":wave: Welcome to <#{channelId}>, <@{userId}>!");
        await api.PostEphemeralAsync(PostEphemeralRequest.From(channelId, userId, welcome), cancellationToken);
        Log.Greeted(logger, userId, channelId);
    }

    public async Task GreetNewMemberAsync(string userId, CancellationToken cancellationToken)
    {
        if (!SlackIds.IsUser(userId))
        {
            return;
        }

        var welcome = Render($":wave: Welcome to the team, <@{userId}>!");
        var directMessage = await api.OpenDirectMessageAsync(userId, cancellationToken);
        await api.PostMessageAsync(PostMessageRequest.From(directMessage, welcome), cancellationToken);
        Log.Greeted(logger, userId, directMessage);
    }

    private SlackMessage Render(string preamble) => renderer.Render(welcomeMessages.BuildWelcome(), new RenderOptions(Preamble: preamble));

    /// <summary>member_joined_channel carries only an id: ask users.info; if that fails, greet (a person is likelier).</summary>
    private async Task<bool> IsBotAsync(string userId, CancellationToken cancellationToken)
    {
        try
        {
            var user = await api.GetUserAsync(userId, cancellationToken);
            return user.IsBot || user.Deleted;
        }
        catch (SlackApiException ex) when (!ex.IsAuthFailure)
        {
            Log.UserLookupFailed(logger, userId, ex.Error);
            return false;
        }
    }
}
