namespace CareerBot.Core.Routing;

/// <summary>
/// What the core accepts as a question, checked once at its boundary for every platform: well-formed UTF-16 (no lone
/// surrogate halves) and within <see cref="QuestionOptions"/>.
/// </summary>
internal static class QuestionCheck
{
    /// <summary>True when the text is well-formed UTF-16.</summary>
    public static bool IsReadable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the text is longer than the settings allow, in characters or in words.</summary>
    public static bool IsTooLong(string text, QuestionOptions options) =>
        text.Length > options.MaxCharacters || Words(text, options.MaxWords + 1) > options.MaxWords;

    /// <summary>Counts runs of non-space, stopping at <paramref name="stopAt"/>.</summary>
    private static int Words(string text, int stopAt)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord && ++words >= stopAt)
            {
                return words;
            }

            inWord = !space;
        }

        return words;
    }
}
