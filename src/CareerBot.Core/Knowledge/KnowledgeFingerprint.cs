using System.Globalization;
using System.Text;

namespace CareerBot.Core.Knowledge;

/// <summary>
/// What the knowledge folder looks like: every file's relative path, size and last write time. Two equal
/// fingerprints mean nothing was edited, so a poll costs a directory listing, not a reload.
/// </summary>
internal static class KnowledgeFingerprint
{
    public static string Of(string root)
    {
        var text = new StringBuilder();
        foreach (var file in new DirectoryInfo(root).EnumerateFiles("*", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal))
        {
            text.Append(Path.GetRelativePath(root, file.FullName))
                .Append('|').Append(file.Length.ToString(CultureInfo.InvariantCulture))
                .Append('|').Append(file.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture))
                .Append('\n');
        }

        return text.ToString();
    }
}
