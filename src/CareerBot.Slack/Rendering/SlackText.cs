using System.Text;
using System.Text.RegularExpressions;
using CareerBot.Core.Replies;

namespace CareerBot.Slack.Rendering;

/// <summary>
/// Escaping, decoding and length rules for text the bot sends or receives. Slack treats <c>&amp;</c>, <c>&lt;</c>
/// and <c>&gt;</c> as control characters: escaping them is what keeps echoed input from forming <c>&lt;!channel&gt;</c>,
/// <c>&lt;!here&gt;</c> or <c>&lt;@U123&gt;</c>.
/// </summary>
internal static partial class SlackText
{
    /// <summary>The mark appended where text was cut.</summary>
    public const string Ellipsis = "…";

    private const char WordJoiner = '\u2060';

    /// <summary>
    /// Escapes <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>, and breaks plain <c>@here</c>, <c>@channel</c>, <c>@everyone</c>
    /// with a word joiner so no setting of Slack's parser can turn them into a broadcast. The marks of
    /// <see cref="UserText"/> are dropped: this is for plain text (headers, button labels), where nothing is formatted.
    /// </summary>
    public static string Escape(string? text) => EscapeKeepingMarks(UserText.Plain(text));

    /// <summary><see cref="Escape"/> for text whose <see cref="UserText"/> marks are still to be rendered.</summary>
    internal static string EscapeKeepingMarks(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var escaped = EscapeControl(text);
        return Broadcast().Replace(escaped, "@\u2060$1");
    }

    private static string EscapeControl(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>
    /// The user's words made inert inside mrkdwn: escaped (no <c>&lt;link|label&gt;</c>, <c>&lt;!channel&gt;</c> or
    /// <c>&lt;@U1&gt;</c>), on one line, the formatting characters <c>* _ ~ `</c> swapped for look-alikes that Slack does
    /// not parse, and a word joiner after every <c>@</c>, <c>:</c> before <c>//</c> and <c>.</c> inside a word, so
    /// Slack's auto-linking finds no user, URL or domain.
    /// </summary>
    public static string Inert(string? text)
    {
        var escaped = EscapeControl(UserText.Unmark(text)).ReplaceLineEndings(" ");
        var inert = new StringBuilder(escaped.Length + 8);
        for (var i = 0; i < escaped.Length; i++)
        {
            var c = escaped[i];
            inert.Append(c switch
            {
                '*' => '\u2217',
                '_' => '\u02CD',
                '~' => '\u223C',
                '`' => '\u02CB',
                _ when char.IsControl(c) => ' ',
                _ => c,
            });
            var breaksLink = c == '@'
                || (c == ':' && escaped.AsSpan(i + 1).StartsWith("//", StringComparison.Ordinal))
                || (c == '.' && i > 0 && i + 1 < escaped.Length && char.IsLetterOrDigit(escaped[i - 1]) && char.IsLetterOrDigit(escaped[i + 1]));
            if (breaksLink)
            {
                inert.Append(WordJoiner);
            }
        }

        return inert.ToString();
    }

    /// <summary>Undoes Slack's escaping of inbound text (only <c>&amp;amp;</c>, <c>&amp;lt;</c>, <c>&amp;gt;</c>).</summary>
    public static string Decode(string? text) =>
        string.IsNullOrEmpty(text)
            ? string.Empty
            : text.Replace("&lt;", "<", StringComparison.Ordinal)
                .Replace("&gt;", ">", StringComparison.Ordinal)
                .Replace("&amp;", "&", StringComparison.Ordinal);

    /// <summary>Cuts escaped text to at most <paramref name="max"/> characters, ending with an ellipsis when cut.</summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = SafeCut(text, 0, max - Ellipsis.Length);
        return string.Concat(text.AsSpan(0, cut).TrimEnd(), Ellipsis);
    }

    /// <summary>
    /// Splits escaped text into pieces of at most <paramref name="max"/> characters, preferring line breaks, then
    /// spaces; never inside an entity, a <c>&lt;link|label&gt;</c> or a surrogate pair.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 16);
        var pieces = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            if (text.Length - start <= max)
            {
                AddPiece(pieces, text[start..]);
                break;
            }

            var hardEnd = SafeCut(text, start, max);
            var window = text.AsSpan(start, hardEnd - start);
            var newline = window.LastIndexOf('\n');
            var space = window.LastIndexOf(' ');
            var end = newline > max / 2 ? BeforeOpenLink(text, start, start + newline)
                : space > max / 2 ? BeforeOpenLink(text, start, start + space)
                : hardEnd;
            AddPiece(pieces, text[start..end]);
            start = end;
            while (start < text.Length && (text[start] == '\n' || text[start] == ' '))
            {
                start++;
            }
        }

        return pieces;
    }

    private static void AddPiece(List<string> pieces, string piece)
    {
        var trimmed = piece.TrimEnd();
        if (trimmed.Length > 0)
        {
            pieces.Add(trimmed);
        }
    }

    /// <summary>The largest cut position at most <c>start + length</c> that does not break an entity, link or surrogate pair.</summary>
    private static int SafeCut(string text, int start, int length)
    {
        var cut = Math.Min(text.Length, start + length);
        if (cut < text.Length && char.IsLowSurrogate(text[cut]))
        {
            cut--;
        }

        var ampersand = text.LastIndexOf('&', cut - 1, Math.Min(8, cut - start));
        if (ampersand >= 0 && text.IndexOf(';', ampersand, cut - ampersand) < 0 && ampersand > start)
        {
            cut = ampersand;
        }

        return BeforeOpenLink(text, start, cut);
    }

    /// <summary>Moves a cut back to the start of a <c>&lt;link|label&gt;</c> it would fall inside.</summary>
    private static int BeforeOpenLink(string text, int start, int cut)
    {
        if (cut <= start)
        {
            return cut;
        }

        var open = text.LastIndexOf('<', cut - 1, cut - start);
        return open > start && text.IndexOf('>', open, cut - open) < 0 ? open : cut;
    }

    public static string Join(IEnumerable<string> lines) => new StringBuilder().AppendJoin('\n', lines).ToString();

    [GeneratedRegex(@"@(here|channel|everyone)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Broadcast();
}
