using System.Text.RegularExpressions;

namespace CareerBot.Core.Routing;

/// <summary>
/// Removes platform markup before routing: user mentions (<c>&lt;@U123&gt;</c>, <c>&lt;@!123&gt;</c>),
/// role and channel mentions (<c>&lt;@&amp;1&gt;</c>, <c>&lt;#C1|general&gt;</c>), Slack specials
/// (<c>&lt;!here&gt;</c>), and <c>@everyone</c>/<c>@here</c>, so they never reach search or a reply.
/// </summary>
public static partial class MentionMarkup
{
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stripped = Markup().Replace(text, " ");
        stripped = MassMention().Replace(stripped, " ");
        return Spaces().Replace(stripped, " ").Trim();
    }

    [GeneratedRegex(@"<(?:@[!&]?|#|!)[^<>\s]*>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"@(?:everyone|here|channel)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MassMention();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
