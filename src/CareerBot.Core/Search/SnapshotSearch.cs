using CareerBot.Core.Knowledge;

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

        var vector = vectors.Embed(question);
        return snapshot.Index.Search(question, maxHits, vectors.SectionSimilarities(vector), vectors.SectionRanking(vector));
    }
}
