using System.ComponentModel.DataAnnotations;

namespace CareerBot.Core.Search;

/// <summary>How questions are understood (section <c>Search</c>: <c>Search__Semantic</c>, ...).</summary>
internal sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>
    /// Hybrid search and routing by meaning with the local sentence-embedding model (<c>Search__Semantic</c>).
    /// False: lexical only (Lucene BM25 and rules), for machines that cannot carry the model (~90 MB, ~1.5 s to load).
    /// </summary>
    public bool Semantic { get; set; } = true;

    /// <summary>ONNX Runtime intra-op threads for the embedding model (<c>Search__EmbeddingThreads</c>).</summary>
    [Range(1, 64)]
    public int EmbeddingThreads { get; set; } = 1;

    /// <summary>
    /// Answer lexically while the model loads instead of waiting for it (<c>Search__ServeWhileLoading</c>).
    /// The server sets it, so it is ready in well under a second; the terminal commands wait for the model.
    /// </summary>
    public bool ServeWhileLoading { get; set; }
}
