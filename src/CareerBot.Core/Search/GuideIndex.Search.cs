using CareerBot.Core.Knowledge;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CareerBot.Core.Search;

public sealed partial class GuideIndex
{
    private const int Candidates = 12;
    private const float ExpansionBoost = 0.7f;

    /// <summary>
    /// Searches the guide. Confident only when the best sections cover most of the question's topic
    /// words; otherwise the caller should say it does not know rather than show a random passage.
    /// </summary>
    public GuideSearchResult Search(string question, int maxHits = 3)
    {
        ArgumentNullException.ThrowIfNull(question);
        var corrected = Speller.CorrectText(question);
        var groups = AnalyzeQuery(corrected);
        if (groups.Count == 0)
        {
            return new GuideSearchResult(false, [], corrected, 0);
        }

        var query = BuildQuery(groups);
        var top = _searcher.Search(query, Candidates);
        var ranked = new List<(GuideSection Section, double Score, double Coverage, int Ordinal)>();
        foreach (var scoreDoc in top.ScoreDocs)
        {
            var ordinal = _searcher.Doc(scoreDoc.Doc).GetField(OrdinalField).GetInt32Value() ?? -1;
            var coverage = Coverage(groups, [ordinal]);
            ranked.Add((_sections[ordinal], scoreDoc.Score * (0.2 + coverage), coverage, ordinal));
        }

        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));
        if (ranked.Count == 0)
        {
            return new GuideSearchResult(false, [], corrected, 0);
        }

        var best = ranked.Take(2).Select(r => r.Ordinal).ToArray();
        var topicCoverage = TopicCoverage(groups, best);
        var confident = topicCoverage > 0.5;
        var hits = ranked
            .Take(maxHits)
            .Select(r => new GuideHit(r.Section, Math.Round(r.Score, 3), Math.Round(r.Coverage, 3), Snippet(query, r.Section)))
            .ToArray();
        return new GuideSearchResult(confident, hits, corrected, topicCoverage);
    }

    /// <summary>Whether a stemmed term occurs anywhere in the guide.</summary>
    internal bool Contains(string stemmedTerm) => _vocabulary.Contains(stemmedTerm);

    internal IReadOnlyList<QueryGroup> AnalyzeQuery(string text)
    {
        // One group per word of the question: the word's own stem, its synonyms (from analysing the word
        // alone, so a multi-word expansion such as "wfh" -> "work from home" stays with "wfh"), terms that
        // a multi-word rule starting at this word produced ("machine learning" -> "ml"), and, for a stem
        // the guide never uses, guide stems sharing its first letters ("deploying" finds "deployment").
        var words = PositionedTerms(_wordAnalyzer, text);
        var full = PositionedTerms(_queryAnalyzer, text);
        var groups = new List<QueryGroup>();
        var recent = new List<HashSet<string>>();
        foreach (var (position, word) in words)
        {
            var own = Analyze(_queryAnalyzer, word).ToHashSet(StringComparer.Ordinal);
            var stem = Analyze(_indexAnalyzer, word).FirstOrDefault();
            var terms = new List<string>();
            if (stem is not null)
            {
                terms.Add(stem);
            }

            terms.AddRange(own.Where(t => !terms.Contains(t)));
            terms.AddRange(full
                .Where(f => f.Position == position && !terms.Contains(f.Term) && !recent.Any(r => r.Contains(f.Term)))
                .Select(f => f.Term)
                .Distinct());
            recent.Add(own);
            if (recent.Count > 3)
            {
                recent.RemoveAt(0);
            }

            if (terms.Count == 0 || (stem is not null && stem.All(char.IsDigit) && !_vocabulary.Contains(stem)))
            {
                continue;
            }

            if (stem is not null && !_vocabulary.Contains(stem))
            {
                terms.AddRange(PrefixMatches(stem).Where(t => !terms.Contains(t)));
            }

            var group = new QueryGroup(terms, stem, stem is not null && GenericTerms.Stems.Contains(stem));
            if (!groups.Any(g => g.Terms.SequenceEqual(group.Terms)))
            {
                groups.Add(group);
            }
        }

        return groups;
    }

    private static List<(int Position, string Term)> PositionedTerms(Lucene.Net.Analysis.Analyzer analyzer, string text)
    {
        var terms = new List<(int, string)>();
        using var stream = analyzer.GetTokenStream(BodyField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var position = -1;
        stream.Reset();
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((position, term.ToString()));
        }

        stream.End();
        return terms;
    }

    /// <summary>Guide stems that share a long prefix with an unknown stem (a stemmer disagreement, not a typo).</summary>
    private IEnumerable<string> PrefixMatches(string stem)
    {
        if (stem.Length < 5 || !stem.All(char.IsLetter))
        {
            return [];
        }

        var prefix = stem[..Math.Max(5, stem.Length - 2)];
        return _vocabulary.Where(v => v.StartsWith(prefix, StringComparison.Ordinal)).Take(3);
    }

    private static BooleanQuery BuildQuery(IReadOnlyList<QueryGroup> groups)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var group in groups)
        {
            var alternatives = new DisjunctionMaxQuery(0.1f) { Boost = (float)group.Weight };
            foreach (var text in group.Terms)
            {
                var own = text == group.Original ? 1.0f : ExpansionBoost;
                foreach (var (field, boost) in Fields)
                {
                    alternatives.Add(new TermQuery(new Term(field, text)) { Boost = boost * own });
                }
            }

            query.Add(alternatives, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>
    /// Share of the question's groups that occur in the given sections, each group weighted by how rare
    /// its words are in the guide (a match on "pipeline" says more than one on "build").
    /// </summary>
    private double Coverage(IReadOnlyList<QueryGroup> groups, int[] ordinals)
    {
        double total = 0, matched = 0;
        foreach (var group in groups)
        {
            var weight = group.Weight * Rarity(group);
            total += weight;
            if (ordinals.Any(o => group.Terms.Any(_sectionTerms[o].Contains)))
            {
                matched += weight;
            }
        }

        return total == 0 ? 0 : matched / total;
    }

    private double Rarity(QueryGroup group)
    {
        var sections = group.Terms.Select(t => _sectionTerms.Count(s => s.Contains(t))).Where(n => n > 0).DefaultIfEmpty(0).Min();
        return sections == 0 ? 1.0 : 1.0 + Math.Log((double)_sectionTerms.Length / sections);
    }

    /// <summary>
    /// Share of the topic words (not generic, not filler) found in the best sections. A question of
    /// only generic words ("what does an ML engineer do") is about the role itself: fully covered.
    /// </summary>
    private double TopicCoverage(IReadOnlyList<QueryGroup> groups, int[] ordinals)
    {
        var topics = groups.Where(g => !g.Generic).ToArray();
        if (topics.Length == 0)
        {
            return groups.Any(g => ordinals.Any(o => g.Terms.Any(_sectionTerms[o].Contains))) ? 1 : 0;
        }

        var matched = topics.Count(g => ordinals.Any(o => g.Terms.Any(_sectionTerms[o].Contains)));
        return (double)matched / topics.Length;
    }
}
