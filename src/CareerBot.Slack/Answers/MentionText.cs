using System.Text.RegularExpressions;
using CareerBot.Slack.Rendering;

namespace CareerBot.Slack.Answers;

/// <summary>Turns the text of a mention or DM into the question the core sees.</summary>
internal static partial class MentionText
{
    /// <summary>Removes the bot's own mention (<c>&lt;@UBOT&gt;</c>, <c>&lt;@UBOT|name&gt;</c>) and undoes Slack's escaping.</summary>
    public static string ToQuestion(string? text, string? botUserId)
    {
        var question = text ?? string.Empty;
        if (!string.IsNullOrEmpty(botUserId))
        {
            question = UserMention().Replace(question, match => match.Groups["id"].Value == botUserId ? " " : match.Value);
        }

        return SlackText.Decode(Whitespace().Replace(question, " ").Trim());
    }

    [GeneratedRegex(@"<@(?<id>[UW][A-Z0-9]+)(?:\|[^>]*)?>")]
    private static partial Regex UserMention();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Whitespace();
}
