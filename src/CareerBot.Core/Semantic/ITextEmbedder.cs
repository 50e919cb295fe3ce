namespace CareerBot.Core.Semantic;

/// <summary>Turns text into a unit-length sentence vector (cosine similarity is then a dot product).</summary>
internal interface ITextEmbedder
{
    /// <summary>A name for the model; part of the embedding cache key, so a new model never reads old vectors.</summary>
    string ModelId { get; }

    /// <summary>One unit-length vector per text, in order.</summary>
    float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);

    /// <summary>
    /// The vectors of a text and of a part of it that starts at a word (a sentence of a message). By default the part is
    /// embedded on its own; a model that reads the text token by token may pool the part's tokens of the same run.
    /// </summary>
    float[][] EmbedWithPart(string text, string part, CancellationToken cancellationToken = default) => Embed([text, part], cancellationToken);
}
