using System.Collections.Frozen;

namespace CareerBot.Core.Search;

/// <summary>
/// Stemmed words that name the field itself. Nearly every section matches them, so they rank but do
/// not make a question answerable: "ML engineer banana bread" is still about banana bread.
/// </summary>
internal static class GenericTerms
{
    public static readonly FrozenSet<string> Stems = new[]
    {
        "ml", "machin", "learn", "engin", "engineer", "eng", "mle", "ai", "artifici", "intellig", "career", "job", "role",
        "field", "profess", "guid", "work", "data", "do", "make", "becom", "get",
    }.ToFrozenSet(StringComparer.Ordinal);
}
