using System.Security.Cryptography;
using System.Text;

namespace CareerBot.Storage.Users;

/// <summary>
/// Where the user-hash key comes from: <c>Store__UserKey</c> when set, else a file beside the database
/// (<see cref="StoreOptions.KeyPath"/>) made once with 32 random bytes and mode 0600. A key file that others can
/// read is refused at start-up: whoever can read it can test ids against the database.
/// </summary>
public static class UserKeys
{
    public const int MinimumKeyBytes = 32;

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OthersBits = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    public static byte[] Load(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrEmpty(options.UserKey))
        {
            var given = Encoding.UTF8.GetBytes(options.UserKey);
            return given.Length >= MinimumKeyBytes
                ? given
                : throw new StoreException($"Store:UserKey (environment Store__UserKey) must be at least {MinimumKeyBytes} characters; generate one with: openssl rand -base64 32");
        }

        var path = Path.GetFullPath(options.KeyPath);
        return File.Exists(path) ? Read(path) : Create(path);
    }

    private static byte[] Read(string path)
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & OthersBits) != 0)
        {
            throw new StoreException($"The user key file {path} can be read by others than its owner: run 'chmod 600 {path}' (or set Store__UserKey).");
        }

        byte[] key;
        try
        {
            key = Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
        catch (FormatException)
        {
            throw new StoreException($"The user key file {path} is not a base64 key: restore it from a backup, or delete it to start counting users anew.");
        }

        return key.Length >= MinimumKeyBytes
            ? key
            : throw new StoreException($"The user key file {path} holds fewer than {MinimumKeyBytes} bytes: restore it from a backup, or delete it to start counting users anew.");
    }

    private static byte[] Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + "." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)) + ".tmp";
        var key = RandomNumberGenerator.GetBytes(MinimumKeyBytes);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnly;
        }

        using (var stream = new FileStream(temporary, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(Convert.ToBase64String(key));
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        try
        {
            // Two processes starting at once (serve and report): the first key to land wins, the other reads it.
            File.Move(temporary, path, overwrite: false);
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
            return Read(path);
        }
    }
}
