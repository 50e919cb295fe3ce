using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Routing;
using CareerBot.Core.Search;

namespace CareerBot.Core.Lookups;

/// <summary>
/// Questions about where the field or the career is going ("what's on the horizon?", "where is the field heading?").
/// The model puts them near any section that speaks of growth or learning (the benefits, the conclusion); the
/// words that point a question at the future are few and stable, so they are recognised by rule, and the sections that
/// answer such questions are the knowledge's own: those whose example questions (<c>questions/*.txt</c>) mostly ask
/// about the future too.
/// </summary>
internal static partial class FutureQuestions
{
    /// <summary>A section answers questions about the future when at least this share of its example questions ask one.</summary>
    private const double FutureShare = 0.25;

    /// <summary>... and at least this many (a section with a handful of examples proves nothing).</summary>
    private const int MinFutureExamples = 5;

    private static readonly ConditionalWeakTable<KnowledgeBase, HashSet<GuideSection>> Cache = [];

    /// <summary>
    /// Whether the question points at the future of the field or the career; the asker's own statements ("I want to switch
    /// because I think it is the future.") do not.
    /// </summary>
    public static bool AboutTheFuture(string question) => FutureWords().IsMatch(Sentences.WithoutAskersStatements(question));

    /// <summary>The sections whose example questions mostly ask about the future.</summary>
    public static IReadOnlySet<GuideSection> Sections(KnowledgeBase knowledge) =>
        Cache.GetValue(knowledge, k => k.Sections.Where(s => s.Questions is { Count: > 0 } questions
            && questions.Count(AboutTheFuture) is var future && future >= MinFutureExamples && future >= questions.Count * FutureShare).ToHashSet());

    /// <summary>
    /// The hits of a question about the future with the best-ranked section that answers such questions first, when the
    /// best hit is not one; otherwise the hits as they are.
    /// </summary>
    public static IReadOnlyList<GuideHit> FutureFirst(IReadOnlyList<GuideHit> hits, KnowledgeBase knowledge)
    {
        if (hits.Count < 2)
        {
            return hits;
        }

        var sections = Sections(knowledge);
        if (sections.Contains(hits[0].Section) || hits.FirstOrDefault(h => sections.Contains(h.Section)) is not { } future)
        {
            return hits;
        }

        return [future, .. hits.Where(h => h != future)];
    }

    [GeneratedRegex(@"\b(?:(?<!\b(?:a|an|any|no|my|your|our|their|his|her)\s+(?:\w+\s+)?)future|heading|horizon|going\s+forward|years?\s+from\s+now|in\s+(?:\d+|two|three|five|ten|twenty|a\s+few|few)\s+years|next\s+(?:decade|few\s+years|\d+\s+years)|coming\s+years|years\s+ahead|down\s+the\s+(?:road|line)|(?<!\b(?:job|growth|hiring|employment)\s+)outlook|trends?|trending|evolv\w*|evolution|what'?s\s+changing|how\s+(?:is|are)\s+[\w\s]{0,40}?chang(?:ing|e)|over\s+time|what'?s\s+next|emerging|upcoming|still\s+(?:exist|be\s+around|be\s+needed|be\s+relevant))\b", RegexOptions.IgnoreCase)]
    private static partial Regex FutureWords();
}
