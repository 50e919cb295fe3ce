using System.Globalization;
using System.Text;

namespace CareerBot.Core.Replies;

/// <summary>
/// Marks the parts of a reply that are the user's own words, so every renderer shows exactly those parts inert
/// (no links, mentions or formatting on any platform). A handler that echoes what the user typed wraps it in
/// <see cref="Mark"/>; a renderer passes each text through <see cref="Format"/> with its platform's escaping for
/// the marked spans. The marks are two Unicode noncharacters (reserved for a program's internal use), removed from
/// what the user typed first, so a user cannot open or close a span.
/// </summary>
public static class UserText
{
    /// <summary>Opens a span of user-supplied text.</summary>
    internal const char Start = '\uFDD0';

    /// <summary>Closes a span of user-supplied text.</summary>
    internal const char End = '\uFDD1';

    /// <summary>Wraps the user's words as one inert span (any marks inside them are dropped).</summary>
    public static string Mark(string? text) => string.Concat(Start.ToString(), Unmark(text), End.ToString());

    /// <summary>The text with the marks removed and the user's words as they are (terminal, JSON, logs).</summary>
    public static string Plain(string? text) => Format(text, trusted => trusted, user => user);

    /// <summary>True when the text holds a mark.</summary>
    internal static bool HasMarks(string? text) => text is not null && text.AsSpan().IndexOfAny(Start, End) >= 0;

    /// <summary>Removes any mark (for text that comes in from a user before it is echoed).</summary>
    public static string Unmark(string? text) =>
        string.IsNullOrEmpty(text) || !HasMarks(text)
            ? text ?? string.Empty
            : text.Replace(Start.ToString(), string.Empty, StringComparison.Ordinal).Replace(End.ToString(), string.Empty, StringComparison.Ordinal);

    /// <summary>
    /// Renders text whose user spans must stay inert: the trusted text goes through <paramref name="trusted"/> with
    /// each span held back as a placeholder (so formatting rules never see the user's characters), then each span is
    /// put back through <paramref name="user"/>. A span left open runs to the end of the text.
    /// </summary>
    public static string Format(string? text, Func<string, string> trusted, Func<string, string> user)
    {
        ArgumentNullException.ThrowIfNull(trusted);
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(text) || !HasMarks(text))
        {
            return trusted(text ?? string.Empty);
        }

        var spans = new List<string>();
        var held = new StringBuilder(text.Length);
        var at = 0;
        while (at < text.Length)
        {
            var start = text.IndexOf(Start, at);
            var trustedPart = start < 0 ? text[at..] : text[at..start];
            held.Append(Unmark(trustedPart));
            if (start < 0)
            {
                break;
            }

            var end = text.IndexOf(End, start + 1);
            var span = end < 0 ? text[(start + 1)..] : text[(start + 1)..end];
            held.Append(Start).Append(spans.Count.ToString(CultureInfo.InvariantCulture)).Append(End);
            spans.Add(Unmark(span));
            at = end < 0 ? text.Length : end + 1;
        }

        var rendered = trusted(held.ToString());
        var result = new StringBuilder(rendered.Length + text.Length);
        at = 0;
        while (at < rendered.Length)
        {
            var start = rendered.IndexOf(Start, at);
            var end = start < 0 ? -1 : rendered.IndexOf(End, start + 1);
            if (start < 0 || end < 0)
            {
                result.Append(Unmark(rendered[at..]));
                break;
            }

            result.Append(rendered, at, start - at);
            if (int.TryParse(rendered.AsSpan(start + 1, end - start - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < spans.Count)
            {
                result.Append(user(spans[index]));
            }

            at = end + 1;
        }

        return result.ToString();
    }
}
