namespace CareerBot.Core.Search;

/// <summary>
/// One word of the question after analysis (<see cref="Original"/>, its stem; null for a stop word that a
/// synonym rule gave meaning, like "why"), with its synonyms. Generic groups ("ml", "engineer") match almost every section and count for little.
/// </summary>
internal sealed record QueryGroup(IReadOnlyList<string> Terms, string? Original, bool Generic)
{
    public double Weight => Generic ? 0.25 : 1.0;
}
