using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace CareerBot.Core.Semantic;

/// <summary>
/// Embeddings of knowledge texts, keyed by a hash of the model and the texts: the same knowledge is never
/// embedded twice in a process, and with a folder (beside an on-disk index) a restart reads the vectors
/// back instead of running the model. A changed section changes the hash, so stale vectors are never used.
/// </summary>
internal static class EmbeddingCache
{
    private const string FilePrefix = "embeddings-";
    private const int MemoryLimit = 64;
    private static readonly ConcurrentDictionary<string, float[][]> Memory = new(StringComparer.Ordinal);

    public static float[][] GetOrEmbed(ITextEmbedder embedder, IReadOnlyList<string> texts, string? folder, CancellationToken cancellationToken = default)
    {
        var key = Key(embedder.ModelId, texts);
        var file = string.IsNullOrWhiteSpace(folder) ? null : Path.Combine(folder, FilePrefix + key + ".bin");
        if (Memory.TryGetValue(key, out var cached))
        {
            if (file is not null && !File.Exists(file))
            {
                Write(file, cached); // embedded in this process before: still kept beside this index for the next start
            }

            return cached;
        }

        var vectors = (file is null ? null : TryRead(file, texts.Count)) ?? LengthBatches.Embed(embedder, texts, cancellationToken);
        if (file is not null && !File.Exists(file))
        {
            Write(file, vectors);
        }

        if (Memory.Count >= MemoryLimit)
        {
            Memory.Clear();
        }

        Memory[key] = vectors;
        return vectors;
    }

    /// <summary>Forgets the in-process copies (tests: the next call must read the disk or embed).</summary>
    internal static void ForgetMemory() => Memory.Clear();

    internal static string Key(string modelId, IReadOnlyList<string> texts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(modelId));
        foreach (var text in texts)
        {
            hash.AppendData([0]);
            hash.AppendData(Encoding.UTF8.GetBytes(text));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..32];
    }

    private static float[][]? TryRead(string file, int count)
    {
        try
        {
            using var reader = new BinaryReader(File.OpenRead(file));
            if (reader.ReadInt32() != count)
            {
                return null;
            }

            var dimensions = reader.ReadInt32();
            var vectors = new float[count][];
            for (var i = 0; i < count; i++)
            {
                vectors[i] = new float[dimensions];
                for (var d = 0; d < dimensions; d++)
                {
                    vectors[i][d] = reader.ReadSingle();
                }
            }

            return vectors;
        }
        catch (Exception ex) when (ex is IOException or EndOfStreamException or UnauthorizedAccessException)
        {
            return null; // missing or damaged: embed again and rewrite
        }
    }

    private static void Write(string file, float[][] vectors)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var temporary = $"{file}.{Guid.NewGuid():N}.tmp"; // one per writer: two hosts in one process may fill the same entry
            using (var writer = new BinaryWriter(File.Create(temporary)))
            {
                writer.Write(vectors.Length);
                writer.Write(vectors.Length == 0 ? 0 : vectors[0].Length);
                foreach (var vector in vectors)
                {
                    foreach (var value in vector)
                    {
                        writer.Write(value);
                    }
                }
            }

            File.Move(temporary, file, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only index folder only costs the embedding time at the next start.
        }
    }
}
