namespace CareerBot.Discord.Rendering;

/// <summary>Text hygiene for everything the bot sends: no mass pings, and cuts that respect Discord's limits.</summary>
internal static class SafeText
{
    private const char ZeroWidthSpace = '\u200B';
    private const string Ellipsis = "…";

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

    /// <summary>Neutralized, cut, and never empty (Discord rejects empty field names and labels).</summary>
    public static string Field(string? text, int max)
    {
        var safe = Truncate(Neutralize(text).Trim(), max);
        return safe.Length == 0 ? ZeroWidthSpace.ToString() : safe;
    }
}
