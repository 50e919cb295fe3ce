using System.Text;
using Mono.Unix;

namespace CareerBot.Core.Knowledge;

/// <summary>
/// Finds and reads the files of a knowledge folder under rules that hold whatever the folder holds, so loading always
/// ends, quickly, with the knowledge or with a <see cref="KnowledgeException"/> naming the path: links to folders are
/// never followed (no walk out of the folder or round in circles), only regular files are opened (never a FIFO, which
/// would block, or a device such as <c>/dev/zero</c>), their type checked before opening, and no file is read past
/// <see cref="MaxFileBytes"/>. Every read of knowledge goes through here (start-up and any later reload alike).
/// </summary>
internal sealed class KnowledgeFiles
{
    /// <summary>The default largest file: ample for Markdown and JSON written by people.</summary>
    public const int DefaultMaxFileBytes = 4 * 1024 * 1024;

    /// <summary>How deep folders may nest below the folder searched.</summary>
    public const int MaxDepth = 32;

    public KnowledgeFiles(string root, int maxFileBytes = DefaultMaxFileBytes)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFileBytes, 1);
        Root = Path.GetFullPath(root);
        MaxFileBytes = maxFileBytes;
    }

    /// <summary>The knowledge folder.</summary>
    public string Root { get; }

    /// <summary>The largest file read, in bytes.</summary>
    public int MaxFileBytes { get; }

    /// <summary>True when <paramref name="relative"/> names a folder or a link to one (which <see cref="Find"/> refuses).</summary>
    public bool IsFolder(string relative) => Kind(Full(relative)) is EntryKind.Folder or EntryKind.FolderLink;

    /// <summary>
    /// The files under a folder (relative to <see cref="Root"/>) whose names end with <paramref name="extension"/>, at
    /// any depth, as relative paths in ordinal order. A link to a folder, or nesting deeper than <see cref="MaxDepth"/>,
    /// is a <see cref="KnowledgeException"/>.
    /// </summary>
    public IReadOnlyList<string> Find(string folder, string extension)
    {
        if (Kind(Full(folder)) == EntryKind.FolderLink)
        {
            throw new KnowledgeException(folder, "folder", "a link to a folder; links to folders are not followed (put the files in the knowledge folder instead)");
        }

        var found = new List<string>();
        var pending = new Stack<(string Path, int Depth)>();
        pending.Push((Full(folder), 0));
        while (pending.TryPop(out var current))
        {
            var entries = Guard(Relative(current.Path), () => Directory.EnumerateFileSystemEntries(current.Path).Order(StringComparer.Ordinal).ToArray());
            foreach (var entry in entries)
            {
                switch (Kind(entry))
                {
                    case EntryKind.Folder when current.Depth + 1 > MaxDepth:
                        throw new KnowledgeException(Relative(entry), "folder", $"nested more than {MaxDepth} folders deep");
                    case EntryKind.Folder:
                        pending.Push((entry, current.Depth + 1));
                        break;
                    case EntryKind.FolderLink:
                        throw new KnowledgeException(Relative(entry), "folder", "a link to a folder; links to folders are not followed (put the files in the knowledge folder instead)");
                    default:
                        if (entry.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                        {
                            found.Add(Relative(entry));
                        }

                        break;
                }
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>The text of a file (relative to <see cref="Root"/>), or null when there is no such entry.</summary>
    public string? TryReadText(string relative)
    {
        var path = Full(relative);
        var kind = Kind(path);
        return kind switch
        {
            EntryKind.Missing => null,
            EntryKind.File => Read(relative, path),
            EntryKind.Folder or EntryKind.FolderLink => throw new KnowledgeException(relative, "file", "is a folder, not a file"),
            EntryKind.BrokenLink => throw new KnowledgeException(relative, "file", "a link that leads nowhere or round in a loop"),
            _ => throw new KnowledgeException(relative, "file", $"not a regular file ({Describe(kind)}); only regular files are read"),
        };
    }

    /// <summary>The text of a file that must be there.</summary>
    public string ReadText(string relative) => TryReadText(relative) ?? throw new KnowledgeException(relative, "file", "missing");

    private string Read(string relative, string path)
    {
        var bytes = Guard(relative, () =>
        {
            // The type was checked before opening; the cap still holds if the file grows or is swapped meanwhile.
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            if (stream.CanSeek && stream.Length > MaxFileBytes)
            {
                throw TooLarge(relative);
            }

            var buffer = new byte[Math.Min(MaxFileBytes + 1L, stream.CanSeek ? stream.Length + 1 : MaxFileBytes + 1L)];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
            }

            return length > MaxFileBytes ? throw TooLarge(relative) : buffer.AsMemory(0, length).ToArray();
        });
        return KnowledgeText.Decode(relative, bytes); // strict UTF-8: a stray Latin-1 byte names the file and offset
    }

    private KnowledgeException TooLarge(string relative) =>
        new(relative, "file", $"larger than {MaxFileBytes} bytes, the most a knowledge file may hold (Knowledge:MaxFileBytes or Knowledge__MaxFileBytes)");

    private static T Guard<T>(string relative, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or UnixIOException)
        {
            throw new KnowledgeException(relative, "file", $"cannot be read: {ex.Message}");
        }
    }

    private string Full(string relative) => Path.GetFullPath(Path.Combine(Root, relative));

    private string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    /// <summary>What an entry is, from its own status (lstat), and for a link from its target's, without opening anything.</summary>
    private static EntryKind Kind(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            // Windows has no FIFOs or device files among ordinary paths: its attributes say enough.
            return ManagedKind(path);
        }

        try
        {
            var entry = UnixFileSystemInfo.GetFileSystemEntry(path);
            if (!entry.Exists)
            {
                return EntryKind.Missing;
            }

            if (!entry.IsSymbolicLink)
            {
                return Of(entry.FileType);
            }

            var target = new UnixFileInfo(path);
            if (!target.Exists)
            {
                return EntryKind.BrokenLink;
            }

            var kind = Of(target.FileType);
            return kind == EntryKind.Folder ? EntryKind.FolderLink : kind;
        }
        catch (UnixIOException)
        {
            // ELOOP (a link to itself or a circle of links), EACCES on the way, ...
            return EntryKind.BrokenLink;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or TypeInitializationException)
        {
            // A platform without Mono.Unix's native part: links are still seen, special files are not.
            return ManagedKind(path);
        }
    }

    private static EntryKind Of(FileTypes type) => type switch
    {
        FileTypes.RegularFile => EntryKind.File,
        FileTypes.Directory => EntryKind.Folder,
        FileTypes.Fifo => EntryKind.Fifo,
        FileTypes.CharacterDevice or FileTypes.BlockDevice => EntryKind.Device,
        _ => EntryKind.Other,
    };

    private static EntryKind ManagedKind(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists && !Directory.Exists(path))
        {
            return info.LinkTarget is null ? EntryKind.Missing : EntryKind.BrokenLink;
        }

        var attributes = info.Attributes;
        var link = attributes.HasFlag(FileAttributes.ReparsePoint);
        return attributes.HasFlag(FileAttributes.Directory) ? (link ? EntryKind.FolderLink : EntryKind.Folder)
            : attributes.HasFlag(FileAttributes.Device) ? EntryKind.Device
            : EntryKind.File;
    }

    private static string Describe(EntryKind kind) => kind switch
    {
        EntryKind.Fifo => "a named pipe",
        EntryKind.Device => "a device",
        _ => "a socket or other special file",
    };

    private enum EntryKind
    {
        Missing,
        File,
        Folder,
        FolderLink,
        BrokenLink,
        Fifo,
        Device,
        Other,
    }
}
