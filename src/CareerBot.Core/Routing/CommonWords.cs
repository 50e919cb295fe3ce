using System.Collections.Frozen;

namespace CareerBot.Core.Routing;

/// <summary>
/// Everyday words that are not in the guide but say nothing about the subject of a question, so their
/// presence does not make a question "about something else".
/// </summary>
internal static class CommonWords
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "the", "and", "for", "are", "how", "what", "whats", "does", "did", "you", "your", "yours", "can", "could",
        "should", "would", "will", "much", "many", "typical", "typically", "usually", "average", "avg", "range",
        "expect", "expected", "roughly", "about", "around", "approx", "approximately", "per", "year", "yearly",
        "annual", "annually", "month", "monthly", "hour", "hourly", "now", "today", "currently", "current", "these",
        "days", "nowadays", "there", "their", "they", "them", "someone", "somebody", "person", "people", "folks",
        "guy", "guys", "who", "whom", "which", "where", "when", "why", "really", "actually", "exactly", "generally",
        "like", "know", "need", "needs", "want", "wants", "tell", "give", "show", "please", "thanks", "thank",
        "get", "gets", "got", "make", "makes", "making", "made", "take", "takes", "home", "bring", "bringing",
        "starting", "start", "usa", "us", "america", "american", "dollars", "dollar", "usd", "yes", "not", "any",
        "from", "with", "into", "onto", "than", "then", "that", "this", "those", "have", "has", "had", "was",
        "were", "been", "being", "doing", "done", "next", "after", "before", "also", "just", "only", "one",
        "someones", "someone's", "level", "levels", "role", "roles", "job", "jobs", "position", "positions",
        "title", "titles", "career", "careers", "work", "working", "field", "industry", "company", "companies",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string word) => Words.Contains(word);
}
