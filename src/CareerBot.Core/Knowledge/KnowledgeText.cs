using System.Text;

namespace CareerBot.Core.Knowledge;

/// <summary>
/// Decodes a knowledge text file as strict UTF-8: bytes that are not UTF-8 (a file saved as Latin-1 or
/// Windows-1252) are an error naming the file and the byte offset, never replacement characters in answers.
/// </summary>
internal static class KnowledgeText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(string file, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            return Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = start + Math.Max(0, ex.Index);
            var found = ex.BytesUnknown is { Length: > 0 } unknown ? string.Join(' ', unknown.Select(b => $"0x{b:X2}")) : "?";
            throw new KnowledgeException(file, $"byte {offset}", $"not valid UTF-8 (found {found}); save the file as UTF-8");
        }
    }

    /// <summary>
    /// The lines of a one-question-a-line file (<c>questions/</c>, <c>intents/</c>) that hold something: trimmed, with
    /// their numbers from 1; blank lines and <c>#</c> comments skipped. A line longer than <paramref name="maxLength"/>
    /// stops with the file and line named.
    /// </summary>
    public static IEnumerable<(int Number, string Text)> QuestionLines(string file, string text, int maxLength)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            yield return line.Length <= maxLength ? (i + 1, line) : throw new KnowledgeException(file, $"line {i + 1}", $"longer than {maxLength} characters: one question a line");
        }
    }
}
