using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Semantic;

/// <summary>
/// The sentence vectors of one knowledge snapshot: every guide section (teams' Markdown too) and every
/// labelled example question, computed once when the snapshot is built, and the question embedder.
/// </summary>
internal sealed partial class SemanticIndex
{
    private const int QuestionCacheLimit = 512;
    private const int ReferenceLimit = 64;

    /// <summary>Words whose vectors are kept (384 floats each: about 1.5 MB in all).</summary>
    internal const int WordCacheLimit = 1024;
    private readonly ITextEmbedder _embedder;
    private readonly VectorMatrix _passages;
    private readonly int[] _passageSections;
    private readonly VectorMatrix _centered;
    private readonly float[] _mean;
    private readonly IntentExample[] _examples;
    private readonly VectorMatrix? _notCovered;
    private readonly IReadOnlyList<string> _notCoveredTexts;
    private readonly VectorMatrix _exampleVectors;
    private readonly ConcurrentDictionary<string, float[]> _questions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, float[]> _references = new(StringComparer.Ordinal);
    private readonly WordVectorCache _words = new(WordCacheLimit);
    private readonly ConcurrentDictionary<string, WordsInFlight> _inFlight = new(StringComparer.Ordinal);
    private long _embedded;
    private long _runs;
    private readonly Abbreviations _abbreviations;
    private readonly Func<string, IReadOnlyList<string>> _wordsAlongside;

    private SemanticIndex(ITextEmbedder embedder, float[][] passages, int[] passageSections, int sectionCount, IntentExample[] examples, float[][] exampleVectors, Abbreviations abbreviations, float[][] notCovered, IReadOnlyList<string> notCoveredTexts, Func<string, IReadOnlyList<string>> wordsAlongside)
    {
        _wordsAlongside = wordsAlongside;
        _mean = Vectors.Mean(passages);
        _notCoveredTexts = notCoveredTexts;
        _notCovered = notCovered.Length == 0 ? null : new VectorMatrix(notCovered.Select(p => Vectors.Centered(p, _mean)).ToArray());
        _centered = new VectorMatrix(passages.Select(p => Vectors.Centered(p, _mean)).ToArray());
        _embedder = embedder;
        _abbreviations = abbreviations;
        _passages = new VectorMatrix(passages);
        _passageSections = passageSections;
        SectionCount = sectionCount;
        _examples = examples;
        _exampleVectors = new VectorMatrix(exampleVectors);
    }

    public int SectionCount { get; }

    /// <summary>Embeds the sections and examples (or reads them from the cache in <paramref name="cacheFolder"/>).</summary>
    /// <param name="abbreviations">Spelled out in questions before they are embedded (none when null).</param>
    /// <param name="notCovered">Questions on topics the knowledge does not cover (<see cref="NotCoveredRanking"/>).</param>
    /// <param name="wordsAlongside">The words of a question that may be weighed by meaning after it (<see cref="EmbedWords"/>),
    /// embedded beside a new question (none when null).</param>
    public static SemanticIndex Build(ITextEmbedder embedder, IReadOnlyList<GuideSection> sections, IReadOnlyList<IntentExample> examples, string? cacheFolder, Abbreviations? abbreviations = null, IReadOnlyList<string>? notCovered = null, Func<string, IReadOnlyList<string>>? wordsAlongside = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(examples);
        var passages = Passages(sections);
        var passageVectors = EmbeddingCache.GetOrEmbed(embedder, passages.Select(p => p.Text).ToArray(), cacheFolder, cancellationToken);
        var exampleVectors = EmbeddingCache.GetOrEmbed(embedder, examples.Select(e => e.Question).ToArray(), cacheFolder, cancellationToken);
        var notCoveredVectors = notCovered is { Count: > 0 } ? EmbeddingCache.GetOrEmbed(embedder, notCovered, cacheFolder, cancellationToken) : [];
        return new SemanticIndex(embedder, passageVectors, passages.Select(p => p.Section).ToArray(), sections.Count, examples.ToArray(), exampleVectors, abbreviations ?? Abbreviations.None, notCoveredVectors, notCovered ?? [], wordsAlongside ?? (_ => []));
    }

    /// <summary>
    /// What is embedded: each section whole, its example questions (<c>questions/*.txt</c>), and each of its list
    /// items and sentences with the heading.
    /// A question usually matches one line ("can I work from home" - "Remote work options") more
    /// closely than the whole section, whose other lines dilute its vector; a section scores its best passage.
    /// </summary>
    internal static IReadOnlyList<(int Section, string Text)> Passages(IReadOnlyList<GuideSection> sections)
    {
        var passages = new List<(int, string)>();
        for (var i = 0; i < sections.Count; i++)
        {
            var section = sections[i];
            passages.Add((i, SectionText(section)));
            foreach (var question in section.Questions ?? [])
            {
                passages.Add((i, question));
            }

            var lines = section.Items.Count > 0 ? section.Items : section.Prose.Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (lines.Count <= 1)
            {
                continue;
            }

            foreach (var line in lines)
            {
                passages.Add((i, $"{section.Heading}: {line}"));
            }
        }

        return passages;
    }

    /// <summary>
    /// What a section's vector is made of: where it sits in the guide and what it says (measured on the
    /// eval sets: with the document title scores better than heading and text alone).
    /// </summary>
    internal static string SectionText(GuideSection section) =>
        $"{section.DocumentTitle}: {section.Heading}. {section.Body.Replace('\n', ' ')}";

    /// <summary>
    /// The question's vector, its abbreviations spelled out. The router and the search both need it, so it is
    /// kept briefly, under the text as asked too: the second look-up of an answer costs no normalising.
    /// </summary>
    public float[] Embed(string question) => Embed(question, withWords: true);

    /// <param name="withWords">Whether the words of a new question the scope check may weigh start beside it (not for the
    /// check's own reference texts).</param>
    private float[] Embed(string question, bool withWords)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (_questions.TryGetValue(question, out var asked))
        {
            return asked;
        }

        var key = TheField(_abbreviations.Expand(question.Trim().ToLowerInvariant()));
        if (!_questions.TryGetValue(key, out var vector))
        {
            vector = EmbedAnew(question, key, withWords);
        }

        if (_questions.Count >= QuestionCacheLimit)
        {
            _questions.Clear();
        }

        _questions[key] = vector;
        _questions[question] = vector;
        return vector;
    }

    /// <summary>
    /// Runs the model once for a question not met before; a long message's asked sentence is read from the same run (its
    /// own tokens' vectors, <see cref="ITextEmbedder.EmbedWithPart"/>: one run of the message instead of a second run, or
    /// a batch padding the sentence to the message's length; over 6,605 eval questions +3 against the sentence embedded
    /// alone). The words of it the scope check may weigh by meaning (<see cref="_wordsAlongside"/>) start in a run of
    /// their own on another thread that the question does not wait for (<see cref="EmbedWords"/> takes them when done,
    /// or runs them itself when no thread has begun).
    /// </summary>
    private float[] EmbedAnew(string question, string key, bool withWords)
    {
        if (withWords)
        {
            StartWords(_wordsAlongside(question));
        }

        if (Sentences.Asked(key) is not { } sentence)
        {
            return Run([key])[0];
        }

        var vectors = _embedder.EmbedWithPart(key, sentence);
        Interlocked.Increment(ref _embedded);
        Interlocked.Increment(ref _runs);
        return Blend(vectors[0], vectors[1]);
    }

    /// <summary>A batch of words being embedded, and where one word's vector is in it.</summary>
    private sealed record WordsInFlight(Lazy<float[][]> Batch, int At);

    /// <summary>Embeds the words without a vector yet on <see cref="BesideThread"/>, each kept when done.</summary>
    private void StartWords(IReadOnlyList<string> words)
    {
        var keys = words.Select(WordKey).Distinct(StringComparer.Ordinal).Where(k => !_words.TryGet(k, out _) && !_inFlight.ContainsKey(k)).ToArray();
        if (keys.Length == 0)
        {
            return;
        }

        var batch = new Lazy<float[][]>(() => Kept(keys, Run(keys)), LazyThreadSafetyMode.ExecutionAndPublication);
        var entries = keys.Select((key, at) => KeyValuePair.Create(key, new WordsInFlight(batch, at))).ToArray();
        foreach (var entry in entries)
        {
            _inFlight[entry.Key] = entry.Value;
        }

        BesideThread.Shared.Post(() =>
        {
            try
            {
                _ = batch.Value;
            }
#pragma warning disable CA1031 // Whoever needs a word runs it again and sees the failure; nobody may need it at all.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
            finally
            {
                foreach (var entry in entries)
                {
                    _inFlight.TryRemove(entry);
                }
            }
        });
    }

    private float[][] Kept(string[] keys, float[][] vectors)
    {
        for (var j = 0; j < keys.Length; j++)
        {
            _words.Add(keys[j], vectors[j]);
        }

        return vectors;
    }

    private string WordKey(string word) => _abbreviations.Expand(word.Trim().ToLowerInvariant());

    /// <summary>
    /// "This line of work", "this gig", "the job": in a question that does not name the field, the job it points at is
    /// the guide's, which the model only knows by name ("upsides of this line of work" is far from the benefits
    /// section; "upsides of ML engineering" is near it).
    /// </summary>
    internal static string TheField(string question) =>
        FieldNamed().IsMatch(question) ? question : PointedJob().Replace(question, "ML engineering", 1);

    [GeneratedRegex(@"\b(?:ml|machine learning|mle|mles|ai|artificial intelligence)\b")]
    private static partial Regex FieldNamed();

    [GeneratedRegex(@"\b(?:this|that|the|your)\s+(?:line of work|kind of work|type of work|line of business|field|career|profession|gig|occupation)\b")]
    private static partial Regex PointedJob();

    /// <summary>
    /// The vectors of single words or two-word names (the scope check's words the knowledge does not know), in order. Words met
    /// before come from a bounded least-recently-used cache (<see cref="WordCacheLimit"/> words); the others are
    /// embedded together, in one run of the model (one batch costs far less than one run per word).
    /// </summary>
    public float[][] EmbedWords(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var keys = words.Select(WordKey).ToArray();
        var vectors = new float[keys.Length][];
        var missing = new List<string>();
        for (var i = 0; i < keys.Length; i++)
        {
            if (_words.TryGet(keys[i], out var held))
            {
                vectors[i] = held;
            }
            else if (_inFlight.TryGetValue(keys[i], out var started))
            {
                vectors[i] = started.Batch.Value[started.At];
            }
            else if (!missing.Contains(keys[i], StringComparer.Ordinal))
            {
                missing.Add(keys[i]);
            }
        }

        if (missing.Count == 0)
        {
            return vectors;
        }

        var embedded = Run(missing);
        for (var j = 0; j < missing.Count; j++)
        {
            _words.Add(missing[j], embedded[j]);
        }

        for (var i = 0; i < keys.Length; i++)
        {
            vectors[i] ??= embedded[missing.IndexOf(keys[i])];
        }

        return vectors;
    }

    /// <summary>How many words' vectors are held (never more than <see cref="WordCacheLimit"/>).</summary>
    internal int WordCount => _words.Count;

    /// <summary>How many times this index has run the model since it was built (a batch is one run).</summary>
    internal long ModelRuns => Interlocked.Read(ref _runs);

    /// <summary>How many texts this index has run through the model since it was built (benchmarks report it).</summary>
    internal long EmbeddedCount => Interlocked.Read(ref _embedded);

    /// <summary>Waits until the words started beside questions are embedded and kept (benchmarks and tests).</summary>
    internal void WaitForWords()
    {
        foreach (var started in _inFlight.Values)
        {
            try
            {
                _ = started.Batch.Value;
            }
#pragma warning disable CA1031 // Only waiting for the run to end.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }

        SpinWait.SpinUntil(() => _inFlight.IsEmpty);
    }

    /// <summary>
    /// Forgets the questions' and words' vectors, as if none had been asked (benchmarks: each answer embeds afresh,
    /// its unknown words included). The fixed reference texts stay.
    /// </summary>
    internal void ForgetQuestions()
    {
        WaitForWords();
        _questions.Clear();
        _words.Clear();
    }

    /// <summary>
    /// The weight of a long message's asked sentence beside the whole message (<see cref="Blend"/>). Measured 0.3, 0.5
    /// and 0.65 over every eval set (about 900 questions, four fresh blind sets among them): +2, +1 and +1 against the
    /// whole message alone, none lost at 0.3; the sentence alone had lost 13 and gained 3. (Measured with the sentence
    /// embedded alone; it is now read from the message's run.)
    /// </summary>
    internal const float AskedWeight = 0.3f;

    /// <summary>
    /// A long message's vector: the whole message's, which carries the asker's context, and its asked sentence's, which
    /// says what is wanted ("I teach physics and my kids are grown. What do I need to learn?"), weighed together.
    /// </summary>
    private static float[] Blend(float[] whole, float[] asked) =>
        Vectors.Centered(whole.Zip(asked, (w, a) => ((1 - AskedWeight) * w) + (AskedWeight * a)).ToArray(), []);

    private float[][] Run(IReadOnlyList<string> texts)
    {
        var vectors = _embedder.Embed(texts);
        Interlocked.Add(ref _embedded, texts.Count);
        Interlocked.Increment(ref _runs);
        return vectors;
    }

    /// <summary>
    /// Cosine similarity of the question to every section (its best passage or example question), in section
    /// order: how close the question is to what the guide answers, for deciding whether to answer at all.
    /// </summary>
    public double[] SectionSimilarities(float[] question)
    {
        var similarities = new double[SectionCount];
        Array.Fill(similarities, -1.0);
        var cosines = _passages.Dot(question);
        for (var i = 0; i < cosines.Length; i++)
        {
            var section = _passageSections[i];
            similarities[section] = Math.Max(similarities[section], cosines[i]);
        }

        return similarities;
    }

    /// <summary>
    /// Which section the question is about, for ranking: the mean cosine similarity of the question to the section's
    /// two nearest passages and example questions (one odd example question close to the words of a question meant for
    /// another section no longer decides alone; measured 1, 2 and 3 nearest on every eval set, README: 2 best), both
    /// taken relative to the knowledge's mean vector. Every text here is about ML engineering, so the raw vectors share
    /// a large common part ("ML engineer", "job") that makes all sections look alike; without it, what tells the
    /// sections apart decides.
    /// </summary>
    public double[] SectionRanking(float[] question) =>
        MeanOfTwoNearest(_centered.Dot(Vectors.Centered(question, _mean)), _passageSections, SectionCount);

    /// <summary>
    /// How near the question is to a topic the knowledge does not cover, on the scale of <see cref="SectionRanking"/>
    /// (the mean centred similarity of its two nearest questions in <c>questions/not-covered*.txt</c>); null when
    /// the knowledge lists none.
    /// </summary>
    public double? NotCoveredRanking(float[] question)
    {
        if (_notCovered is null)
        {
            return null;
        }

        var cosines = _notCovered.Dot(Vectors.Centered(question, _mean));
        return MeanOfTwoNearest(cosines, new int[cosines.Length], 1)[0]; // one group: every question of the list
    }

    /// <summary>
    /// The questions of <c>questions/not-covered*.txt</c> nearest the question, with their centred similarity, nearest
    /// first: what <see cref="NotCoveredRanking"/> averages, shown by <c>ask --explain</c> so an operator sees which
    /// listed topic a refusal leaned on.
    /// </summary>
    public IReadOnlyList<(string Question, double Similarity)> NearestNotCovered(float[] question, int count = 2)
    {
        if (_notCovered is null)
        {
            return [];
        }

        var cosines = _notCovered.Dot(Vectors.Centered(question, _mean));
        return Enumerable.Range(0, cosines.Length).OrderByDescending(i => cosines[i]).Take(count).Select(i => (_notCoveredTexts[i], (double)cosines[i])).ToArray();
    }

    /// <summary>
    /// For each of <paramref name="groupCount"/> groups, the mean of its two highest cosines (its one cosine when it has
    /// one, -1 when it has none), in one scan.
    /// </summary>
    private static double[] MeanOfTwoNearest(float[] cosines, int[] groupOf, int groupCount)
    {
        var first = new double[groupCount];
        var second = new double[groupCount];
        var counts = new int[groupCount];
        Array.Fill(first, double.NegativeInfinity);
        Array.Fill(second, double.NegativeInfinity);
        for (var i = 0; i < cosines.Length; i++)
        {
            var group = groupOf[i];
            counts[group]++;
            if (cosines[i] > first[group])
            {
                (first[group], second[group]) = (cosines[i], first[group]);
            }
            else if (cosines[i] > second[group])
            {
                second[group] = cosines[i];
            }
        }

        var means = new double[groupCount];
        for (var g = 0; g < groupCount; g++)
        {
            means[g] = counts[g] switch
            {
                0 => -1.0,
                1 => first[g],
                _ => (first[g] + second[g]) / 2,
            };
        }

        return means;
    }

    /// <summary>
    /// How close the question is to each intent's examples: the mean of its <paramref name="nearest"/> most
    /// similar examples, best intent first. Empty without examples.
    /// </summary>
    public IReadOnlyList<IntentScore> IntentScores(float[] question, int nearest = 2)
    {
        var byIntent = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var cosines = _exampleVectors.Dot(question);
        for (var i = 0; i < _examples.Length; i++)
        {
            var intent = _examples[i].Intent;
            if (!byIntent.TryGetValue(intent, out var list))
            {
                byIntent[intent] = list = [];
            }

            list.Add(cosines[i]);
        }

        return byIntent
            .Select(p => new IntentScore(p.Key, p.Value.OrderDescending().Take(nearest).Average()))
            .OrderByDescending(s => s.Score)
            .ToArray();
    }

    /// <summary>
    /// Cosine similarity of the question to a fixed reference text of the code ("a city, country or region"),
    /// embedded once and kept apart from the questions, so a stream of new questions never pushes it out.
    /// </summary>
    public double Similarity(float[] question, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_references.TryGetValue(text, out var reference))
        {
            if (_references.Count >= ReferenceLimit)
            {
                _references.Clear();
            }

            reference = _references.GetOrAdd(text, t => Embed(t, withWords: false));
        }

        return Vectors.Cosine(question, reference);
    }
}
