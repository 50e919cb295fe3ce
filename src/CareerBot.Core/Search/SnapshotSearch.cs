using CareerBot.Core.Knowledge;
using CareerBot.Core.Semantic;

namespace CareerBot.Core.Search;

/// <summary>Guide search on a snapshot: hybrid (BM25 and meaning) when its vectors are ready, lexical otherwise.</summary>
internal static class SnapshotSearch
{
    public static GuideSearchResult Search(this KnowledgeSnapshot snapshot, string question, int maxHits = 3)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(question);
        var vectors = snapshot.Vectors;
        if (vectors is null || question.Trim().Length == 0)
        {
            return snapshot.Index.Search(question, maxHits);
        }

        // The spelling-corrected text, as the router embeds it: one model run for both, and "feild" read as "field".
        var vector = vectors.Embed(snapshot.Index.Speller.CorrectText(question));
        var ranking = vectors.SectionRanking(vector);
        var result = snapshot.Index.Search(question, maxHits, vectors.SectionSimilarities(vector), ranking);
        return result.Confident && NotCovered(vectors, vector, result.Hits[0], MarginFor(result.Topics, result.Unheld)) ? result with { Confident = false } : result;
    }

    /// <summary>
    /// How much nearer in meaning (centred similarity) a question must be to a topic the knowledge does not cover than
    /// to the section that would answer it, to be refused. Measured 0 to 0.2 on every eval set: at 0.2 it refused 7 of
    /// the 20 near-miss questions (the interview process, visas, a CUDA error) that had been answered and no question
    /// the guide answers; at 0.1 it refused 2 more of each.
    /// </summary>
    internal const double NotCoveredMargin = 0.2;

    /// <summary>
    /// The margin for a question with a topic word no section uses, in any form or synonym ("leetcode", "visas",
    /// "negotiate"): its words already say the guide may not hold the answer, so less meaning is asked to confirm it.
    /// Measured 0.10 to 0.18 over every eval set (about 2,500 questions): 0.15 refused 8 of the 32 near-miss questions
    /// that were answered, and one question the guide answers ("work for a company in another city without moving";
    /// 0.12 refused 2 more near misses and 4 answerable questions; 0.1, 11); without the condition on the words 0.15
    /// refused 6 answerable ones.
    /// </summary>
    internal const double UnheldWordsMargin = 0.15;

    /// <summary>
    /// The margin for a question none of whose topic words any section uses ("is ML engineering more stressful than
    /// nursing?", "how do I write a resume for ML jobs?"): only the field's name ties it to the guide, so the meaning
    /// need barely lean to a topic the knowledge does not cover. Measured 0.1, 0.05 and 0 over every eval set (about 900
    /// questions, four fresh blind sets among them): 0.05 refused 4 more questions the guide does not answer than the
    /// margin above and none it answers; 0 refused one it answers ("how do people keep up when everything moves so fast").
    /// Measured again over about 5,400 questions (eight more blind sets): 0.03 refused 3 more the guide does not answer
    /// ("how many days a week in the office", "the unemployment rate", within 0.035-0.045 of a section) and none it answers.
    /// </summary>
    internal const double NoHeldWordsMargin = 0.03;

    private static double MarginFor(int topicWords, int unheldWords) =>
        unheldWords == 0 ? NotCoveredMargin : unheldWords == topicWords ? NoHeldWordsMargin : UnheldWordsMargin;

    /// <summary>
    /// Whether a question a lookup would answer from its words (a pay word: "how much paid parental leave do ML
    /// engineers get") is about a topic of <c>questions/not-covered*.txt</c> rather than any section of the knowledge:
    /// nearer that topic, by the same margin as in search, than to the section nearest it in meaning.
    /// </summary>
    public static bool AboutANotCoveredTopic(this KnowledgeSnapshot snapshot, string question)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Vectors is not { } vectors || question.Trim().Length == 0)
        {
            return false;
        }

        var vector = vectors.Embed(question);
        // Not the lower margin of a question without a held word: a lookup's own scope check says more plainly what it
        // lacks ("no career ladder for staff engineer") than the search's "I don't know".
        var margin = snapshot.Index.TopicWords(question).Unheld > 0 ? UnheldWordsMargin : NotCoveredMargin;
        return NearerNotCovered(vectors, vector, vectors.SectionRanking(vector).Max(), margin);
    }

    /// <summary>Whether the question is nearer the not-covered topics, by <paramref name="margin"/>, than a section scoring <paramref name="section"/>.</summary>
    private static bool NearerNotCovered(SemanticIndex vectors, float[] vector, double section, double margin) =>
        vectors.NotCoveredRanking(vector) is { } notCovered && notCovered > section + margin;

    /// <summary>
    /// Whether the question is about a topic of <c>questions/not-covered*.txt</c> rather than the section found for it:
    /// such a question ("what's the interview process like for ML jobs") shares the field's words with every section,
    /// and the best of them would answer something else.
    /// </summary>
    private static bool NotCovered(SemanticIndex vectors, float[] vector, GuideHit best, double margin) =>
        best.Ranking is { } ranking && NearerNotCovered(vectors, vector, ranking, margin); // the hit carries its section's ranking
}
