namespace CareerBot.Core.Search;

/// <summary>
/// Shortens text for a snippet: a cut ends on a sentence boundary when one is near the end, else on a word
/// boundary, and is marked with an ellipsis; never mid-word.
/// </summary>
internal static class SnippetText
{
    public const string Ellipsis = "…";

    public static string Shorten(string text, int maxLength)
    {
        text = text.Trim();
        if (text.Length <= maxLength)
        {
            return text;
        }

        var window = text[..(maxLength + 1)]; // one more: is the cut itself on a space?
        var sentenceEnd = LastSentenceEnd(window, maxLength);
        if (sentenceEnd >= maxLength / 2)
        {
            return text[..(sentenceEnd + 1)].TrimEnd(';', ',', ':', ' ') + " " + Ellipsis;
        }

        var space = window.LastIndexOf(' ');
        var cut = space > 0 ? text[..space] : text[..maxLength];
        return cut.TrimEnd(';', ',', ':', '-', '(', ' ') + Ellipsis;
    }

    /// <summary>
    /// <c>text[start..end]</c> (a fragment that starts and ends on words), carried on to the end of its sentence when
    /// that is near, with an ellipsis on each side where text was left out.
    /// </summary>
    public static string Around(string text, int start, int end, int maxExtension = 80)
    {
        var stop = end;
        for (var i = end; i < text.Length && i <= end + maxExtension; i++)
        {
            if (text[i] is '.' or '!' or '?' or ';' && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                stop = i + 1;
                break;
            }
        }

        var body = text[start..stop].Trim();
        var head = start > 0 ? Ellipsis : string.Empty;
        if (stop >= text.Trim().Length)
        {
            return head + body;
        }

        return stop > end ? head + body.TrimEnd(';') + " " + Ellipsis : head + body.TrimEnd(';', ',', ':', '-', ' ') + Ellipsis;
    }

    private static int LastSentenceEnd(string window, int maxLength)
    {
        for (var i = Math.Min(window.Length - 2, maxLength - 1); i > 0; i--)
        {
            if (window[i] is '.' or '!' or '?' or ';' && window[i + 1] == ' ')
            {
                return i;
            }
        }

        return -1;
    }
}
