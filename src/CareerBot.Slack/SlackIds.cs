using System.Text.RegularExpressions;

namespace CareerBot.Slack;

/// <summary>Shapes of Slack ids, checked before an id is written into mrkdwn such as <c>&lt;@U123&gt;</c>.</summary>
internal static partial class SlackIds
{
    public static bool IsUser(string? id) => id is not null && UserId().IsMatch(id);

    public static bool IsChannel(string? id) => id is not null && ChannelId().IsMatch(id);

    /// <summary>Direct-message conversations have ids starting with D.</summary>
    public static bool IsDirectMessage(string? id) => id is not null && id.StartsWith('D');

    [GeneratedRegex("^[UW][A-Z0-9]{2,40}$")]
    private static partial Regex UserId();

    [GeneratedRegex("^[CDG][A-Z0-9]{2,40}$")]
    private static partial Regex ChannelId();
}
