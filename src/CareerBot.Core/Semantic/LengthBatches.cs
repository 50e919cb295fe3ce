namespace CareerBot.Core.Semantic;

/// <summary>
/// Embeds many texts in batches of similar length. The model pads every text of a batch to the longest one, so one
/// batch of a whole section and hundreds of one-line questions costs as if every question were a section.
/// </summary>
internal static class LengthBatches
{
    /// <summary>Texts per batch: small enough that lengths within one stay close, large enough to keep the model busy.</summary>
    internal const int Size = 32;

    /// <summary>The vectors of <paramref name="texts"/>, in their order.</summary>
    public static float[][] Embed(ITextEmbedder embedder, IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(texts);
        var vectors = new float[texts.Count][];
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ToArray();
        foreach (var batch in order.Chunk(Size))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var embedded = embedder.Embed(batch.Select(i => texts[i]).ToArray(), cancellationToken);
            for (var j = 0; j < batch.Length; j++)
            {
                vectors[batch[j]] = embedded[j];
            }
        }

        return vectors;
    }
}
