using CareerBot.Slack.WebApi;

namespace CareerBot.Slack.Hosting;

/// <summary>The bot's own ids, learnt from <c>auth.test</c> at start-up.</summary>
internal sealed class SlackIdentity
{
    private SlackBotIdentity? _current;

    public SlackBotIdentity? Current => Volatile.Read(ref _current);

    public void Set(SlackBotIdentity identity) => Volatile.Write(ref _current, identity);

    /// <summary>True for the bot's own user id or bot id.</summary>
    public bool IsSelf(string? userId, string? botId = null)
    {
        var current = Current;
        return current is not null
            && ((userId is not null && userId == current.UserId) || (botId is not null && botId == current.BotId));
    }
}
