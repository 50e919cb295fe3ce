using System.Buffers.Text;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using CareerBot.Adapters.Memory;
using CareerBot.Discord.Configuration;
using CareerBot.Discord.Rendering;

namespace CareerBot.Discord.Interactions;

/// <summary>
/// Puts a follow-up command into a button's <c>custom_id</c> (at most 100 characters), never truncating it
/// into a different command. In order of preference: the text itself (<c>r:salary senior</c>), the text
/// Brotli-compressed and base64url-encoded (<c>rz:...</c>), or a key under which the text is kept
/// in the adapters' expiring store for <see cref="DiscordTuning.FollowUpLifetime"/> (<c>rk:...</c>; when it is
/// forgotten, the click asks the user to run the command again).
/// </summary>
internal sealed class CustomIdCodec(IExpiringValueStore store, DiscordTuning tuning)
{
    private const int MaxCommandBytes = 4096;
    private const string KeyPrefix = "discord:followup:";

    public string Encode(ButtonAction action, string command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var prefix = action == ButtonAction.Post ? 'p' : 'r';
        var plain = $"{prefix}:{command}";
        if (plain.Length <= DiscordLimits.CustomId)
        {
            return plain;
        }

        var compressed = Compress(command);
        if (compressed is not null && compressed.Length + 3 <= DiscordLimits.CustomId)
        {
            return $"{prefix}z:{compressed}";
        }

        // A hash of the text: the same command gets the same key, so repeats do not grow the store.
        var key = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(command)), 0, 18).Replace('+', '-').Replace('/', '_');
        store.Set(KeyPrefix + key, command, tuning.FollowUpLifetime);
        return $"{prefix}k:{key}";
    }

    /// <summary>Null when the id is not one of ours.</summary>
    public DecodedCustomId? Decode(string? customId)
    {
        if (string.IsNullOrEmpty(customId) || customId.Length < 2)
        {
            return null;
        }

        var action = customId[0] switch
        {
            'r' => ButtonAction.Run,
            'p' => ButtonAction.Post,
            _ => (ButtonAction?)null,
        };
        if (action is null)
        {
            return null;
        }

        return customId.AsSpan(1) switch
        {
            [':', .. var text] => new DecodedCustomId(action.Value, text.ToString()),
            ['z', ':', .. var packed] => new DecodedCustomId(action.Value, Decompress(packed.ToString())),
            ['k', ':', .. var key] => new DecodedCustomId(action.Value, store.Find(KeyPrefix + key.ToString())),
            _ => null,
        };
    }

    private static string? Compress(string command)
    {
        var bytes = Encoding.UTF8.GetBytes(command);
        var buffer = new byte[BrotliEncoder.GetMaxCompressedLength(bytes.Length)];
        return BrotliEncoder.TryCompress(bytes, buffer, out var written, quality: 11, window: 10)
            ? Base64Url.EncodeToString(buffer.AsSpan(0, written))
            : null;
    }

    private static string? Decompress(string packed)
    {
        try
        {
            var bytes = Base64Url.DecodeFromChars(packed);
            var buffer = new byte[MaxCommandBytes];
            return BrotliDecoder.TryDecompress(bytes, buffer, out var written)
                ? Encoding.UTF8.GetString(buffer, 0, written)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
