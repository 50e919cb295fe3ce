using System.Text;
using CareerBot.Core.Replies;

namespace CareerBot.Discord.Rendering;

/// <summary>Text hygiene for everything the bot sends: no mass pings, and cuts that respect Discord's limits.</summary>
internal static class SafeText
{
    private const char ZeroWidthSpace = '\u200B';
    private const string Ellipsis = "…";
    private const string MarkdownCharacters = "\\*_~`|>#-[]()<:";

    /// <summary>Breaks <c>@everyone</c> and <c>@here</c> with a zero-width space so they read the same but never ping.</summary>
    public static string Neutralize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return text
            .Replace("@everyone", "@\u200Beveryone", StringComparison.OrdinalIgnoreCase)
            .Replace("@here", "@\u200Bhere", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Markdown text whose <see cref="UserText"/> spans (the user's own words) come out inert through <see cref="Inert"/>;
    /// the rest is <see cref="Neutralize">neutralized</see>.
    /// </summary>
    public static string Markdown(string? text) => UserText.Format(text, Neutralize, Inert);

    /// <summary>
    /// The user's words made inert in Discord markdown: on one line, every markdown character backslash-escaped (so
    /// <c>[label](url)</c>, <c>&lt;@1&gt;</c>, <c>**bold**</c> show as typed), a zero-width space after the <c>:</c> of
    /// <c>://</c> so no URL is auto-linked, and <c>@everyone</c>/<c>@here</c> broken.
    /// </summary>
    public static string Inert(string? text)
    {
        var plain = Neutralize(UserText.Unmark(text)).ReplaceLineEndings(" ");
        var inert = new StringBuilder(plain.Length + 8);
        for (var i = 0; i < plain.Length; i++)
        {
            var c = plain[i];
            if (MarkdownCharacters.Contains(c))
            {
                inert.Append('\\');
            }

            inert.Append(char.IsControl(c) ? ' ' : c);
            if (c == ':' && plain.AsSpan(i + 1).StartsWith("//", StringComparison.Ordinal))
            {
                inert.Append(ZeroWidthSpace);
            }
        }

        return inert.ToString();
    }

    /// <summary>
    /// The user's words inside a code block, where Discord reads no markdown: on one line, <c>@everyone</c>/<c>@here</c>
    /// broken, a backtick (which could close the block) swapped for a look-alike, and no URL auto-linked.
    /// </summary>
    public static string InCodeBlock(string? text)
    {
        var plain = Neutralize(UserText.Unmark(text)).ReplaceLineEndings(" ");
        var inert = new StringBuilder(plain.Length + 4);
        for (var i = 0; i < plain.Length; i++)
        {
            var c = plain[i];
            inert.Append(c == '`' ? '\u02CB' : char.IsControl(c) ? ' ' : c);
            if (c == ':' && plain.AsSpan(i + 1).StartsWith("//", StringComparison.Ordinal))
            {
                inert.Append(ZeroWidthSpace);
            }
        }

        return inert.ToString();
    }

    /// <summary>Plain text (button labels, which Discord never formats): marks dropped, neutralized, cut, never empty.</summary>
    public static string Label(string? text, int max)
    {
        var safe = Truncate(Neutralize(UserText.Plain(text)).ReplaceLineEndings(" ").Trim(), max);
        return safe.Length == 0 ? ZeroWidthSpace.ToString() : safe;
    }

    /// <summary>Cuts to at most <paramref name="max"/> UTF-16 units, ending in an ellipsis, never inside a surrogate pair.</summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = Math.Max(0, max - Ellipsis.Length);
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut).TrimEnd(), Ellipsis);
    }

    /// <summary>Markdown (user spans inert), neutralized, cut, and never empty (Discord rejects empty field names).</summary>
    public static string Field(string? text, int max)
    {
        var safe = Truncate(Markdown(text).Trim(), max);
        return safe.Length == 0 ? ZeroWidthSpace.ToString() : safe;
    }
}
