using System.Text.RegularExpressions;
using CareerBot.Core.Knowledge;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CareerBot.Core.Search;

internal sealed partial class GuideIndex
{
    private const int Candidates = 12;
    private const float ExpansionBoost = 0.7f;
    private const int WordCacheLimit = 50_000;



    /// <summary>
    /// Searches the guide. Confident only when the best sections cover most of the question's topic
    /// words; otherwise the caller should say it does not know rather than show a random passage.
    /// </summary>
    /// <param name="similarities">
    /// The question's cosine similarity to every section (in <see cref="Sections"/> order), for hybrid
    /// search: BM25 and meaning fused (<see cref="Fuse"/>). Null: lexical only.
    /// </param>
    /// <param name="ranking">Which section the question is about by meaning (<see cref="Semantic.SemanticIndex.SectionRanking"/>), for ordering; <paramref name="similarities"/> when null.</param>
    public GuideSearchResult Search(string question, int maxHits = 3, double[]? similarities = null, double[]? ranking = null)
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
        var ranked = new List<Ranked>();
        foreach (var scoreDoc in top.ScoreDocs)
        {
            var ordinal = _ordinals[scoreDoc.Doc];
            var coverage = Coverage(groups, [ordinal]);
            ranked.Add(new Ranked(_sections[ordinal], scoreDoc.Score * (0.2 + coverage), coverage, ordinal));
        }

        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));
        if (similarities is not null)
        {
            ranked = Fuse(groups, ranked, similarities, ranking ?? similarities);
        }

        var quoted = QuotedSection(question);
        if (quoted is { } named)
        {
            // A heading quoted from an answer ("what does 'career flexibility' mean?") names its section.
            var at = ranked.FindIndex(r => r.Ordinal == named);
            var hit = at >= 0 ? ranked[at] : new Ranked(_sections[named], ranked.Count == 0 ? 1 : ranked[0].Score, Coverage(groups, [named]), named);
            ranked.RemoveAll(r => r.Ordinal == named);
            ranked.Insert(0, hit);
        }

        if (ranked.Count == 0)
        {
            return new GuideSearchResult(false, [], corrected, 0);
        }

        var best = ranked.Take(2).Select(r => r.Ordinal).ToArray();
        var topicCoverage = TopicCoverage(groups, best);
        var elsewhere = !NamesMachineLearning(groups) && OtherProfessions.Named(Phrase(corrected), groups.Select(g => g.Original).OfType<string>());
        var lexicalConfident = topicCoverage > 0.5 || (AboutTheField(groups) && topicCoverage > 0 && ranked[0].Coverage > 0);
        var confident = !elsewhere && (quoted is not null || (similarities is null ? lexicalConfident : HybridConfident(lexicalConfident, ranked[0].Coverage, similarities[ranked[0].Ordinal], AboutTheField(groups))));
        var hits = ranked
            .Take(maxHits)
            .Select(r => new GuideHit(r.Section, Math.Round(r.Score, 3), Math.Round(r.Coverage, 3), section => Snippet(groups, section), similarities?[r.Ordinal], ranking?[r.Ordinal] ?? similarities?[r.Ordinal]))
            .ToArray();
        return new GuideSearchResult(confident, hits, corrected, topicCoverage, groups.Count(g => !g.Generic), MatchesRareTopic(groups, best, 2), similarities is null ? null : similarities[ranked[0].Ordinal], Unheld(groups));
    }

    /// <summary>
    /// The section whose heading, or the part of it after a colon ("Growing Demand" of "Career Benefits: Growing
    /// Demand"), the question quotes; null when it quotes none.
    /// </summary>
    private int? QuotedSection(string question)
    {
        foreach (Match quote in Quoted().Matches(question))
        {
            var text = quote.Groups["text"].Value.Trim().TrimEnd('.', '?', '!', ',');
            for (var i = 0; i < _sections.Count; i++)
            {
                var heading = _sections[i].Heading;
                var part = heading[(heading.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
                if (text.Equals(heading, StringComparison.OrdinalIgnoreCase) || text.Equals(part, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
        }

        return null;
    }

    /// <summary>Whether the question quotes a section's heading: it asks about that section, whatever lookup its words suggest.</summary>
    public bool QuotesAHeading(string question) => QuotedSection(question) is not null;

    /// <summary>Text in quotes; an apostrophe inside a word ("what's") opens none.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9])['""‘“](?<text>[^'""’”\n]{3,80})['""’”](?![A-Za-z0-9])")]
    private static partial Regex Quoted();

    /// <summary>How many of the question's topic words no section uses, in any form or synonym.</summary>
    private int Unheld(IReadOnlyList<QueryGroup> groups) => groups.Count(g => !g.Generic && !g.Terms.Any(Contains));

    /// <summary>How many topic words <paramref name="question"/> (spelling corrected) has, and how many of them no section uses.</summary>
    public (int Topics, int Unheld) TopicWords(string question)
    {
        var groups = AnalyzeQuery(Speller.CorrectText(question));
        return (groups.Count(g => !g.Generic), Unheld(groups));
    }

    /// <summary>
    /// True when the question names the field or the job itself ("ML engineer", "MLE", "this job"): then one
    /// guide topic matched is enough, since chatty questions about the job carry words the guide never uses
    /// ("I'm a backend dev with 5 years of Java..."). Without it, most topic words must match.
    /// </summary>
    private static bool AboutTheField(IReadOnlyList<QueryGroup> groups) =>
        groups.Any(g => g.Generic && g.Original is "ml" or "machin" or "mle" or "engin" or "engineer" or "eng" or "ai" or "artifici" or "job" or "career" or "role" or "field" or "profess");

    /// <summary>True when the question names machine learning itself (not just "job" or "career").</summary>
    private static bool NamesMachineLearning(IReadOnlyList<QueryGroup> groups) =>
        groups.Any(g => g.Generic && g.Original is "ml" or "machin" or "mle" or "ai" or "artifici");

    private static string Phrase(string text) => string.Join(' ', text.ToLowerInvariant().Split(NonWord, StringSplitOptions.RemoveEmptyEntries));

    private static readonly char[] NonWord = [' ', ',', '.', '?', '!', ';', ':', '\'', '"', '(', ')', '-', '/', '\n', '\t'];

    /// <summary>
    /// Whether the best sections contain a topic word of the question itself (not a synonym it expanded to)
    /// that occurs in at most <paramref name="sections"/> sections.
    /// </summary>
    private bool MatchesRareTopic(IReadOnlyList<QueryGroup> groups, int[] best, int sections) =>
        groups.Any(g => !g.Generic && g.Original is { } word && best.Any(o => _sectionTerms[o].Contains(word)) && SectionFrequency(word) <= sections);

    /// <summary>The guide's stems of a word (empty for a stop word).</summary>
    internal IReadOnlyList<string> Stems(string word) => AnalyzeWord(word.ToLowerInvariant()).Stem is { } stem ? [stem] : [];

    /// <summary>Whether the question has a word of its own that occurs in at most two guide sections.</summary>
    internal bool HasRareTopic(string question) =>
        AnalyzeQuery(Speller.CorrectText(question)).Any(g => !g.Generic && g.Original is { } word && SectionFrequency(word) is > 0 and <= 2);

    /// <summary>In how many sections a stemmed term occurs.</summary>
    private int SectionFrequency(string term) => _sectionFrequency.TryGetValue(term, out var count) ? count : 0;

    /// <summary>Whether a stemmed term occurs anywhere in the guide.</summary>
    internal bool Contains(string stemmedTerm) => _sectionFrequency.ContainsKey(stemmedTerm);

    internal IReadOnlyList<QueryGroup> AnalyzeQuery(string text)
    {
        // One group per word of the question: its own stem and its synonyms (from analysing the word
        // alone, so a multi-word expansion such as "wfh" -> "work from home" stays with "wfh"). A
        // multi-word rule ("machine learning" -> "ml", "my own company" -> "entrepreneurial") makes its
        // words one group. A stem the guide never uses also tries guide stems sharing its first letters
        // (the stemmer's "deploying"/"deployment" disagreement).
        text = HiringSideWants().Replace(text, "requirements${gap}");
        text = ExpectedToHappen().Replace(text, "$1");
        var words = Analyze(_wordAnalyzer, text);
        var analysed = words.Select(AnalyzeWord).ToArray();
        var singles = analysed.Select(a => a.Expansions).ToArray();
        var stems = analysed.Select(a => a.Stem).ToArray();
        var extras = Analyze(_queryAnalyzer, text).Where(t => !singles.Any(s => s.Contains(t))).Distinct().ToList();

        var spans = new List<(int Start, int End, HashSet<string> Terms)>();
        foreach (var extra in extras)
        {
            if (spans.Any(s => s.Terms.Contains(extra)))
            {
                continue;
            }

            var span = MultiWordSpan(words, extra);
            if (span is { } found && !spans.Any(s => found.Start < s.End && s.Start < found.End))
            {
                spans.Add((found.Start, found.End, Analyze(_queryAnalyzer, string.Join(' ', words[found.Start..found.End])).ToHashSet(StringComparer.Ordinal)));
            }
        }

        var groups = new List<QueryGroup>();
        for (var i = 0; i < words.Count; i++)
        {
            var span = spans.FirstOrDefault(s => s.Start == i);
            if (span.Terms is not null)
            {
                var spanStems = stems[span.Start..span.End].OfType<string>().ToArray();
                var terms = spanStems.Concat(span.Terms).Concat(singles[span.Start..span.End].SelectMany(x => x)).Distinct().ToList();
                // The rule's output ("entrepreneuri" for "start my own company") is what the words mean together;
                // a rule that gives field words a topic ("good career" -> conclusion) makes the group a topic.
                var ruleOutput = span.Terms.FirstOrDefault(extras.Contains);
                var generic = spanStems.All(GenericTerms.Stems.Contains) && (ruleOutput is null || GenericTerms.Stems.Contains(ruleOutput));
                AddGroup(groups, terms, generic ? spanStems.FirstOrDefault() : ruleOutput ?? spanStems.FirstOrDefault(), generic);
                i = span.End - 1;
                continue;
            }

            var stem = stems[i];
            var own = new List<string>();
            if (stem is not null)
            {
                own.Add(stem);
            }

            own.AddRange(singles[i].Where(t => !own.Contains(t)));
            if (own.Count == 0 || (stem is not null && stem.All(char.IsDigit) && !_sectionFrequency.ContainsKey(stem)))
            {
                continue;
            }

            if (stem is not null && !_sectionFrequency.ContainsKey(stem))
            {
                own.AddRange(PrefixMatches(stem).Where(t => !own.Contains(t)));
            }

            AddGroup(groups, own, stem, stem is not null && (GenericTerms.Stems.Contains(stem) || stem.All(char.IsDigit)));
        }

        return groups;
    }

    /// <summary>A word's stem and synonym expansions; words repeat across questions, so they are cached.</summary>
    private (HashSet<string> Expansions, string? Stem) AnalyzeWord(string word)
    {
        if (_wordCache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var result = (Analyze(_queryAnalyzer, word).ToHashSet(StringComparer.Ordinal), Analyze(_indexAnalyzer, word).FirstOrDefault());
        if (_wordCache.Count < WordCacheLimit)
        {
            _wordCache.TryAdd(word, result);
        }

        return result;
    }

    private static void AddGroup(List<QueryGroup> groups, List<string> terms, string? original, bool generic)
    {
        if (!generic)
        {
            // "automl" expands to "automated machine learning": the field's own words would make every
            // section look relevant, so a specific word keeps only its specific expansions.
            terms = terms.Where(t => t == original || !GenericTerms.Stems.Contains(t)).ToList();
            if (terms.Count == 0)
            {
                return;
            }
        }

        if (!groups.Any(g => g.Terms.SequenceEqual(terms)))
        {
            groups.Add(new QueryGroup(terms, original, generic));
        }
    }

    /// <summary>The shortest run of 2-4 words whose analysis yields a term none of them yields alone.</summary>
    private (int Start, int End)? MultiWordSpan(List<string> words, string term)
    {
        for (var length = 2; length <= Math.Min(4, words.Count); length++)
        {
            for (var start = 0; start + length <= words.Count; start++)
            {
                if (Analyze(_queryAnalyzer, string.Join(' ', words[start..(start + length)])).Contains(term))
                {
                    return (start, start + length);
                }
            }
        }

        return null;
    }

    /// <summary>Guide stems that share a long prefix with an unknown stem (a stemmer disagreement, not a typo).</summary>
    private IEnumerable<string> PrefixMatches(string stem)
    {
        if (stem.Length < 5 || !stem.All(char.IsLetter))
        {
            return [];
        }

        var prefix = stem[..Math.Max(5, stem.Length - 2)];
        return _sectionFrequency.Keys.Where(v => v.StartsWith(prefix, StringComparison.Ordinal)).Take(3);
    }

    private BooleanQuery BuildQuery(IReadOnlyList<QueryGroup> groups)
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
                    // Lucene pays a term-dictionary seek per clause; the index is fixed, so every (field, term)
                    // state was looked up once at build time, and pairs that cannot match are skipped.
                    if (_termStates.TryGetValue((field, text), out var state))
                    {
                        alternatives.Add(new TermQuery(new Term(field, text), state) { Boost = boost * own });
                    }
                }
            }

            if (alternatives.Disjuncts.Count > 0)
            {
                query.Add(alternatives, Occur.SHOULD);
            }
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
        var sections = group.Terms.Select(SectionFrequency).Where(n => n > 0).DefaultIfEmpty(0).Min();
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

    /// <summary>
    /// What the hiring side wants ("what do employers typically want to see", "background hiring managers are looking
    /// for", "what companies expect") is the entry requirements, however many words stand between who hires and the
    /// wanting (the synonym rules only join adjacent words). Both are read as "requirements" (not as the "Salary
    /// Expectations" heading, nor as a word the guide never uses); the words between are kept.
    /// </summary>
    [GeneratedRegex(@"\b(?:employers?|compan(?:y|ies)|hiring\s+(?:managers?|teams?)|recruiters?)\b(?<gap>(?:\W+\w+){0,3}?)\W+(?:wants?|expects?|look(?:s|ing)?\s+for|screen(?:s|ing)?\s+for|asks?\s+for|requires?|value|values)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HiringSideWants();

    /// <summary>
    /// "Expected to" before what will happen ("how is the career expected to change?"): a way of asking, not the pay one
    /// can expect, which the guide's only "expect" word ("Salary Expectations") is about. "Expect to make/earn" stays.
    /// </summary>
    [GeneratedRegex(@"\bexpect(?:s|ed|ing)?\s+(to\s+(?!make\b|earn\b|get\b|be\s+paid\b|take\s+home\b|receive\b|bring\s+in\b|pull\b)\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex ExpectedToHappen();
}
