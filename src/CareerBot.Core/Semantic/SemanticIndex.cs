using System.Collections.Concurrent;
using CareerBot.Core.Knowledge;

namespace CareerBot.Core.Semantic;

/// <summary>
/// The sentence vectors of one knowledge snapshot: every guide section (teams' Markdown too) and every
/// labelled example question, computed once when the snapshot is built, and the question embedder.
/// </summary>
public sealed class SemanticIndex
{
    private const int QuestionCacheLimit = 512;
    private readonly ITextEmbedder _embedder;
    private readonly float[][] _sections;
    private readonly IntentExample[] _examples;
    private readonly float[][] _exampleVectors;
    private readonly ConcurrentDictionary<string, float[]> _questions = new(StringComparer.Ordinal);

    private SemanticIndex(ITextEmbedder embedder, float[][] sections, IntentExample[] examples, float[][] exampleVectors)
    {
        _embedder = embedder;
        _sections = sections;
        _examples = examples;
        _exampleVectors = exampleVectors;
    }

    public int SectionCount => _sections.Length;

    /// <summary>Embeds the sections and examples (or reads them from the cache in <paramref name="cacheFolder"/>).</summary>
    public static SemanticIndex Build(ITextEmbedder embedder, IReadOnlyList<GuideSection> sections, IReadOnlyList<IntentExample> examples, string? cacheFolder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(examples);
        var sectionVectors = EmbeddingCache.GetOrEmbed(embedder, sections.Select(SectionText).ToArray(), cacheFolder, cancellationToken);
        var exampleVectors = EmbeddingCache.GetOrEmbed(embedder, examples.Select(e => e.Question).ToArray(), cacheFolder, cancellationToken);
        return new SemanticIndex(embedder, sectionVectors, examples.ToArray(), exampleVectors);
    }

    /// <summary>
    /// What a section's vector is made of: where it sits in the guide and what it says (measured on the
    /// eval sets: with the document title scores better than heading and text alone).
    /// </summary>
    internal static string SectionText(GuideSection section) =>
        $"{section.DocumentTitle}: {section.Heading}. {section.Body.Replace('\n', ' ')}";

    /// <summary>The question's vector. The router and the search both need it, so it is kept briefly.</summary>
    public float[] Embed(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var key = question.Trim().ToLowerInvariant();
        if (_questions.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var vector = _embedder.Embed([key])[0];
        if (_questions.Count >= QuestionCacheLimit)
        {
            _questions.Clear();
        }

        _questions[key] = vector;
        return vector;
    }

    /// <summary>Cosine similarity of the question to every section, in section order.</summary>
    public double[] SectionSimilarities(float[] question)
    {
        var similarities = new double[_sections.Length];
        for (var i = 0; i < _sections.Length; i++)
        {
            similarities[i] = Vectors.Cosine(question, _sections[i]);
        }

        return similarities;
    }

    /// <summary>
    /// How close the question is to each intent's examples: the mean of its <paramref name="nearest"/> most
    /// similar examples, best intent first. Empty without examples.
    /// </summary>
    public IReadOnlyList<IntentScore> IntentScores(float[] question, int nearest = 2)
    {
        var byIntent = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        for (var i = 0; i < _examples.Length; i++)
        {
            var intent = _examples[i].Intent;
            if (!byIntent.TryGetValue(intent, out var list))
            {
                byIntent[intent] = list = [];
            }

            list.Add(Vectors.Cosine(question, _exampleVectors[i]));
        }

        return byIntent
            .Select(p => new IntentScore(p.Key, p.Value.OrderDescending().Take(nearest).Average()))
            .OrderByDescending(s => s.Score)
            .ToArray();
    }

    /// <summary>Cosine similarity of the question to an arbitrary text (embedded on the spot).</summary>
    public double Similarity(float[] question, string text) => Vectors.Cosine(question, Embed(text));
}
