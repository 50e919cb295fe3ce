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
    public void SectionRanking_OneOddExampleQuestion_DoesNotOutrankASectionWhosePassagesAgree()
    {
        // "Flexibility" holds one example question worded exactly as the question, but its text is about something
        // else; both passages of "Pay" are near the question, if less exactly.
        GuideSection[] sections =
        [
            new("a", "Guide", "Flexibility", "alpha", [], ["exact words"]),
            new("a", "Guide", "Pay", "beta", [], ["gamma"]),
            new("a", "Guide", "Skills", "delta", []),
        ];
        var embedder = new ListedEmbedder(new Dictionary<string, float[]>
        {
            ["exact words"] = [10f, 1f, 0f, 0f],
            ["alpha"] = [10f, -1f, 0f, 1f],
            ["beta"] = [10f, 0.8f, 0.3f, 0f],
            ["gamma"] = [10f, 0.8f, -0.3f, 0f],
            ["delta"] = [10f, -1f, 0f, -1f],
        });
        var index = SemanticIndex.Build(embedder, sections, [], cacheFolder: null);

        var ranking = index.SectionRanking(index.Embed("exact words"));

        Assert.Equal(1, Array.IndexOf(ranking, ranking.Max()));
    }

    [Fact]
    public void NotCoveredRanking_IsTheMeanOfTheTwoNearestNotCoveredQuestions_OnTheSectionsScale()
    {
        GuideSection[] sections = [new("a", "Guide", "Pay", "beta", []), new("a", "Guide", "Skills", "delta", [])];
        var embedder = new ListedEmbedder(new Dictionary<string, float[]>
        {
            ["interview rounds"] = [10f, 1f, 0f, 0f],
            ["interview prep"] = [10f, 1f, 0.2f, 0f],
            ["visa"] = [10f, 0f, 0f, 1f],
            ["beta"] = [10f, -1f, 0f, 0f],
            ["delta"] = [10f, 0f, 1f, 0f],
        });

        var without = SemanticIndex.Build(embedder, sections, [], cacheFolder: null);
        var with = SemanticIndex.Build(embedder, sections, [], cacheFolder: null, notCovered: ["interview rounds", "interview prep", "visa"]);
        var question = with.Embed("interview rounds");
        var ranking = with.SectionRanking(question);

        Assert.Null(without.NotCoveredRanking(question));
        var notCovered = with.NotCoveredRanking(question)!.Value;
        Assert.True(notCovered > ranking.Max() + 0.5, $"not covered {notCovered}, best section {ranking.Max()}");
        Assert.True(notCovered < 1.0, "the mean of the two nearest, not the nearest alone");
        Assert.True(with.NotCoveredRanking(with.Embed("beta")) < ranking.Max());
    }

    [Fact]
    public void NearestNotCovered_NamesTheListedQuestionsARefusalLeansOn_NearestFirst()
    {
        GuideSection[] sections = [new("a", "Guide", "Pay", "beta", [])];
        var embedder = new ListedEmbedder(new Dictionary<string, float[]>
        {
            ["interview rounds"] = [10f, 1f, 0f, 0f],
            ["interview prep"] = [10f, 1f, 0.2f, 0f],
            ["visa"] = [10f, 0f, 0f, 1f],
            ["beta"] = [10f, -1f, 0f, 0f],
        });
        var without = SemanticIndex.Build(embedder, sections, [], cacheFolder: null);
        var with = SemanticIndex.Build(embedder, sections, [], cacheFolder: null, notCovered: ["visa", "interview prep", "interview rounds"]);

        var nearest = with.NearestNotCovered(with.Embed("interview rounds"));

        Assert.Equal(["interview rounds", "interview prep"], nearest.Select(n => n.Question));
        Assert.True(nearest[0].Similarity >= nearest[1].Similarity);
        Assert.Empty(without.NearestNotCovered(without.Embed("interview rounds")));
    }

    /// <summary>Gives each text the vector listed for the first key it contains.</summary>
    private sealed class ListedEmbedder(Dictionary<string, float[]> vectors) : ITextEmbedder
    {
        public string ModelId { get; } = "listed-" + Guid.NewGuid().ToString("N");

        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
            texts.Select(t => Normalised(vectors.First(p => t.Contains(p.Key, StringComparison.Ordinal)).Value)).ToArray();

        private static float[] Normalised(float[] v)
        {
            var norm = MathF.Sqrt(v.Sum(x => x * x));
            return v.Select(x => x / norm).ToArray();
        }
    }

    [Fact]
    public void Passages_IncludeEachSectionsExampleQuestions()
    {
        var passages = SemanticIndex.Passages(Sections);

        Assert.Contains((0, "can I work at home"), passages);
    }

    [Fact]
    public void Embed_TheSameQuestionAgain_RunsTheModelOnce()
    {
        var embedder = new CountingEmbedder();
        var index = SemanticIndex.Build(embedder, Sections, [], cacheFolder: null);
        var built = embedder.Texts.Count;

        var first = index.Embed("Is the money good?");
        var again = index.Embed("Is the money good?");
        var normalised = index.Embed("  is the MONEY good?");

        Assert.Same(first, again);
        Assert.Same(first, normalised);
        Assert.Equal(["is the money good?"], embedder.Texts.Skip(built));
        Assert.Equal(1, index.EmbeddedCount);
    }

    [Fact]
    public void Embed_ALongMessage_WeighsItsAskedSentenceBesideTheWhole_InOneRun()
    {
        var embedder = new CountingEmbedder();
        var index = SemanticIndex.Build(embedder, Sections, [], cacheFolder: null);
        var (built, runs) = (embedder.Batches.Count, index.ModelRuns);
        const string message = "My home office is great, my home is quiet and I love being at home all day long. Is the money good?";

        var vector = index.Embed(message);

        Assert.Equal([message.ToLowerInvariant(), "is the money good?"], embedder.Batches.Skip(built).Single()); // EmbedWithPart, as a model without tokens does it
        Assert.Equal(runs + 1, index.ModelRuns);
        Assert.Same(vector, index.Embed(message));
    }

    [Fact]
    public void Embed_ANewQuestion_StartsItsWordsAlongside_WithoutWaitingForThem()
    {
        using var embedder = new GatedEmbedder("kinesiology");
        var index = SemanticIndex.Build(embedder, Sections, [], cacheFolder: null, wordsAlongside: q => q.Contains("kinesiology", StringComparison.Ordinal) ? ["Kinesiology", "degree"] : []);

        // Returns while the words' run is held: the question does not wait for it (it would throw when the gate times out).
        var question = index.Embed("can I get the job with a kinesiology degree?");
        Assert.Equal(embedder.Embed(["can i get the job with a kinesiology degree?"])[0], question);

        embedder.Open();
        var words = index.EmbedWords(["kinesiology", "degree"]);
        index.WaitForWords();

        Assert.Equal(embedder.Embed(["kinesiology"])[0], words[0]);
        Assert.Equal(2, embedder.Texts.Count(t => t == "kinesiology")); // the run beside the question, and the line above
        Assert.Equal(2, index.WordCount);
    }

    [Fact]
    public void Embed_AQuestionMetBefore_StartsNoWords()
    {
        var embedder = new CountingEmbedder();
        var alongside = 0;
        var index = SemanticIndex.Build(embedder, Sections, [], cacheFolder: null, wordsAlongside: _ => { Interlocked.Increment(ref alongside); return ["berlin"]; });

        index.Embed("is there demand in berlin?");
        index.Embed("is there demand in berlin?");
        index.WaitForWords();
        index.Embed("any openings in berlin?");
        index.WaitForWords();

        Assert.Equal(2, alongside); // asked for each new question only
        Assert.Equal(1, embedder.Texts.Count(t => t == "berlin")); // and the word, kept, runs once
    }

    [Fact]
    public void SectionRanking_ALongMessage_LeansToWhatItsQuestionAsks_NotItsContext()
    {
        var index = SemanticIndex.Build(new SharedTopicEmbedder(), Sections, [], cacheFolder: null);
        const string message = "My home office is great, my home is quiet and I love being at home all day long. Is the money good?";

        var ranking = index.SectionRanking(index.Embed(message));

        Assert.True(ranking[1] > ranking[0], $"pay {ranking[1]:F3}, flexibility {ranking[0]:F3}"); // the whole alone is as near both
    }

    [Fact]
    public void Similarity_AReferenceText_IsEmbeddedOnceAndOutlivesForgottenQuestions()
    {
        var embedder = new CountingEmbedder();
        var index = SemanticIndex.Build(embedder, Sections, [], cacheFolder: null);
        var question = index.Embed("money");

        var first = index.Similarity(question, "a currency or unit of money");
        index.ForgetQuestions();
        var second = index.Similarity(index.Embed("money"), "a currency or unit of money");

        Assert.Equal(first, second);
        Assert.Equal(1, embedder.Texts.Count(t => t == "a currency or unit of money"));
        Assert.Equal(2, embedder.Texts.Count(t => t == "money")); // the question was forgotten, the reference was not
    }

    [Fact]
    public void Similarity_AReferenceText_StartsNoWordsBesideIt()
    {
        var asked = new System.Collections.Concurrent.ConcurrentBag<string>();
        var index = SemanticIndex.Build(new CountingEmbedder(), Sections, [], cacheFolder: null, wordsAlongside: q => { asked.Add(q); return []; });

        index.Similarity(index.Embed("money"), "a currency or unit of money");

        Assert.Equal(["money"], asked);
    }

    [Fact]
    public void EmbedWords_NewWords_AreEmbeddedTogetherInOneRunAndReturnedInOrder()
    {
        var embedder = new CountingEmbedder();
        var index = SemanticIndex.Build(embedder, Sections, [], cacheFolder: null);
        var runs = index.ModelRuns;

        var vectors = index.EmbedWords(["banana", "Bread", "banana"]);

        Assert.Equal(runs + 1, index.ModelRuns);
        Assert.Equal(["banana", "bread"], embedder.Batches[^1]); // once each, lower-cased, in one batch
        Assert.Equal(3, vectors.Length);
        Assert.Same(vectors[0], vectors[2]);
        Assert.Equal(embedder.Embed(["bread"])[0], vectors[1]);
    }

    [Fact]
    public void EmbedWords_WordsMetBefore_AreNotRunThroughTheModelAgain()
    {
        var embedder = new CountingEmbedder();
        var index = SemanticIndex.Build(embedder, Sections, [], cacheFolder: null);
        var berlin = index.EmbedWords(["berlin", "kaggle"])[0];
        var runs = index.ModelRuns;

        var again = index.EmbedWords(["tokyo", "berlin"]);

        Assert.Equal(runs + 1, index.ModelRuns);
        Assert.Equal(["tokyo"], embedder.Batches[^1]); // only the new word
        Assert.Same(berlin, again[1]);
        Assert.Same(berlin, index.EmbedWords(["berlin"])[0]);
        Assert.Equal(runs + 1, index.ModelRuns);
    }

    [Fact]
    public void EmbedWords_AStreamOfNewWords_KeepsAtMostTheLimit()
    {
        var index = SemanticIndex.Build(new CountingEmbedder(), Sections, [], cacheFolder: null);

        for (var i = 0; i < SemanticIndex.WordCacheLimit + 50; i++)
        {
            index.EmbedWords([$"word{i}"]);
        }

        Assert.Equal(SemanticIndex.WordCacheLimit, index.WordCount);
        var runs = index.ModelRuns;
        index.EmbedWords([$"word{SemanticIndex.WordCacheLimit + 49}"]); // the newest is kept
        Assert.Equal(runs, index.ModelRuns);
        index.EmbedWords(["word0"]); // the oldest went first
        Assert.Equal(runs + 1, index.ModelRuns);
    }

    [Fact]
    public void ForgetQuestions_ForgetsTheWordsToo()
    {
        var index = SemanticIndex.Build(new CountingEmbedder(), Sections, [], cacheFolder: null);
        index.EmbedWords(["berlin"]);

        index.ForgetQuestions();

        Assert.Equal(0, index.WordCount);
    }

    /// <summary>Records every text it is asked to embed (runs may come from two threads at once).</summary>
    private class CountingEmbedder : ITextEmbedder
    {
        private readonly Lock _gate = new();
        private readonly List<string> _texts = [];
        private readonly List<string[]> _batches = [];

        public string ModelId { get; } = "counting-" + Guid.NewGuid().ToString("N");

        public IReadOnlyList<string> Texts
        {
            get
            {
                lock (_gate)
                {
                    return [.. _texts];
                }
            }
        }

        public IReadOnlyList<string[]> Batches
        {
            get
            {
                lock (_gate)
                {
                    return [.. _batches];
                }
            }
        }

        public virtual float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
        {
            lock (_gate)
            {
                _texts.AddRange(texts);
                _batches.Add([.. texts]);
            }

            return texts.Select(t => new[] { 1f, t.Length, t.Count(c => c == 'o') }).ToArray();
        }
    }

    /// <summary>Holds every run with <paramref name="held"/> in it until opened.</summary>
    private sealed class GatedEmbedder(string held) : CountingEmbedder, IDisposable
    {
        private readonly ManualResetEventSlim _open = new();

        public void Open() => _open.Set();

        public override float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
        {
            if (texts.Contains(held) && !_open.Wait(TimeSpan.FromSeconds(60), cancellationToken))
            {
                throw new TimeoutException($"the run with '{held}' was never let through");
            }

            return base.Embed(texts, cancellationToken);
        }

        public void Dispose() => _open.Dispose();
    }

    [Theory]
    [InlineData("what are the upsides of this line of work", "what are the upsides of ML engineering")]
    [InlineData("how do people in this field keep up", "how do people in ML engineering keep up")]
    [InlineData("is the career stable long term?", "is ML engineering stable long term?")]
    [InlineData("is this field growing for ml engineers?", "is this field growing for ml engineers?")] // the field is named
    [InlineData("can i do this job from home?", "can i do this job from home?")] // "job" alone says more as it is
    public void TheField_AJobPointedAtWithoutItsName_IsNamedForTheModel(string question, string embedded)
    {
        Assert.Equal(embedded, SemanticIndex.TheField(question));
    }
}
