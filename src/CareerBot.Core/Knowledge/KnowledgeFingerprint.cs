using System.Globalization;
using System.Text;

namespace CareerBot.Core.Knowledge;

/// <summary>
/// What the knowledge folder looks like: every file's relative path, size and last write time. Two equal
/// fingerprints mean nothing was edited, so a poll costs a directory listing, not a reload. Links are not
/// followed (a link loop must not hang it; the loader reports those), so a Kubernetes ConfigMap mount is seen
/// through its real, timestamped folder, which is replaced on every update.
/// </summary>
internal static class KnowledgeFingerprint
{
    private static readonly EnumerationOptions Walk = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.ReparsePoint,
        MaxRecursionDepth = KnowledgeFiles.MaxDepth,
        IgnoreInaccessible = true,
        ReturnSpecialDirectories = false,
    };

    /// <summary>The fingerprint, or null when the folder cannot be listed (the loader says why).</summary>
    public static string? Of(string root)
    {
        try
        {
            var text = new StringBuilder();
            foreach (var file in new DirectoryInfo(root).EnumerateFiles("*", Walk).OrderBy(f => f.FullName, StringComparer.Ordinal))
            {
                text.Append(Path.GetRelativePath(root, file.FullName))
                    .Append('|').Append(file.Length.ToString(CultureInfo.InvariantCulture))
                    .Append('|').Append(file.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture))
                    .Append('\n');
            }

            return text.ToString();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
