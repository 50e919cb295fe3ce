using CareerBot.Core.Knowledge;
using CareerBot.Core.Semantic;

namespace CareerBot.Core.Tests.Semantic;

/// <summary>Ranking by meaning with a hand-made embedder: deterministic, no model needed.</summary>
public sealed class SemanticIndexTests
{
    /// <summary>Every text shares a large common part (as every text about ML engineering does); a few words add their own direction.</summary>
    private sealed class SharedTopicEmbedder : ITextEmbedder
    {
        public string ModelId { get; } = "shared-topic-" + Guid.NewGuid().ToString("N");

        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) => texts.Select(Vector).ToArray();

        private static float[] Vector(string text)
        {
            var v = new float[] { 10f, Has(text, "home") ? 1f : 0f, Has(text, "money") ? 1f : 0f, Has(text, "maths") ? 1f : 0f };
            var norm = MathF.Sqrt(v.Sum(x => x * x));
            return v.Select(x => x / norm).ToArray();
        }

        private static bool Has(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);
    }

    private static readonly GuideSection[] Sections =
    [
        new("a", "Guide", "Flexibility", "Work anywhere.", [], ["can I work at home"]),
        new("a", "Guide", "Pay", "The money is good.", []),
        new("a", "Guide", "Skills", "Maths matters.", []),
    ];

    [Fact]
    public void SectionRanking_TextsThatShareACommonPart_AreToldApartFarMoreThanByRawSimilarity()
    {
        var index = SemanticIndex.Build(new SharedTopicEmbedder(), Sections, [], cacheFolder: null);
        var question = index.Embed("is the money any good");

        var raw = index.SectionSimilarities(question);
        var ranking = index.SectionRanking(question);

        Assert.Equal(1, Array.IndexOf(ranking, ranking.Max()));
        Assert.True(raw[1] - raw[0] < 0.01, $"raw gap {raw[1] - raw[0]}"); // the common part makes every section look alike
        Assert.True(ranking[1] - ranking[0] > 0.5, $"centred gap {ranking[1] - ranking[0]}");
    }

    [Fact]
    public void SectionRanking_AnExampleQuestionCountsForItsSection()
    {
        var index = SemanticIndex.Build(new SharedTopicEmbedder(), Sections, [], cacheFolder: null);

        var ranking = index.SectionRanking(index.Embed("somewhere at home?"));

        Assert.Equal(0, Array.IndexOf(ranking, ranking.Max()));
    }

    [Fact]
    public void Passages_IncludeEachSectionsExampleQuestions()
    {
        var passages = SemanticIndex.Passages(Sections);

        Assert.Contains((0, "can I work at home"), passages);
    }
}
