namespace CareerBot.Core.Semantic;

/// <summary>Turns text into a unit-length sentence vector (cosine similarity is then a dot product).</summary>
internal interface ITextEmbedder
{
    /// <summary>A name for the model; part of the embedding cache key, so a new model never reads old vectors.</summary>
    string ModelId { get; }

    /// <summary>One unit-length vector per text, in order.</summary>
    float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}
