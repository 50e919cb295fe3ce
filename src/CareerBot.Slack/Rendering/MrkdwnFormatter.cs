using System.Text.RegularExpressions;
using CareerBot.Core.Replies;

namespace CareerBot.Slack.Rendering;

/// <summary>
/// Turns the core's Markdown-flavoured text into escaped Slack mrkdwn: <c>**bold**</c> to <c>*bold*</c>,
/// <c>*italic*</c> to <c>_italic_</c>, <c>[label](https://url)</c> to <c>&lt;https://url|label&gt;</c>,
/// headings to bold lines and list markers to "•". Everything is escaped first, so the only
/// <c>&lt;...&gt;</c> in the result are the links made here. The user's words (the spans of <see cref="UserText"/>)
/// are never formatted: they come out through <see cref="SlackText.Inert"/>.
/// </summary>
internal static partial class MrkdwnFormatter
{
    public static string Format(string? markdown) => UserText.Format(markdown, FormatTrusted, SlackText.Inert);

    private static string FormatTrusted(string markdown)
    {
        var text = SlackText.EscapeKeepingMarks(markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Trim());
        if (text.Length == 0)
        {
            return text;
        }

        text = ListMarker().Replace(text, "$1• ");
        text = Italic().Replace(text, "_$1_");
        text = Heading().Replace(text, "*$1*");
        text = Bold().Replace(text, "*$1*");
        text = Link().Replace(text, "<$2|$1>");
        return text;
    }

    [GeneratedRegex(@"^#{1,6}[ \t]+(.+?)[ \t]*#*$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"^([ \t]*)[-*+][ \t]+", RegexOptions.Multiline)]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"(?<![*\w])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![*\w])")]
    private static partial Regex Italic();

    [GeneratedRegex(@"(?:\*\*|__)(?=\S)(.+?)(?<=\S)(?:\*\*|__)")]
    private static partial Regex Bold();

    [GeneratedRegex(@"\[([^\[\]\n|]+)\]\((https?://[^\s()|]+)\)")]
    private static partial Regex Link();
}
