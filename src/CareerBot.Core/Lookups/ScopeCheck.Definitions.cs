using System.Text.RegularExpressions;
using CareerBot.Core.Knowledge;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Lookups;

internal static partial class ScopeCheck
{
    private const int MaxTermWords = 4;

    /// <summary>Words that never make a term: articles, and the field's own name, which the guide does explain.</summary>
    private static readonly HashSet<string> NotATerm = new(StringComparer.Ordinal) { "a", "an", "the", "ml", "machine", "learning", "ai", "artificial", "intelligence", "mle", "mles", "engineering" };

    /// <summary>
    /// The list item naming a term the question asks to have explained ("what exactly is AutoML?", "can you explain what
    /// edge computing actually is?", "what does CUDA stand for?", "what is AutoML exactly, how does it work?"), when the
    /// guide names the term only in a list ("AutoML adoption" under Industry Trends) and so never explains it; null
    /// otherwise. The guide's headings, its roles and the field itself are what it does explain, and a question about
    /// something else ("what is the job market like?") names no list item.
    /// </summary>
    public static (string Term, GuideSection Section, string Item)? DefinitionAsked(BotCommand command, KnowledgeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(snapshot);
        if (DefinitionQuestion().Match(command.Corrected) is not { Success: true } match)
        {
            return null;
        }

        var term = match.Groups["term"].Value.Trim();
        var words = TermWords(term).Where(w => !NotATerm.Contains(w)).ToArray();
        var knowledge = snapshot.Knowledge;
        if (words.Length is 0 or > MaxTermWords || words.Any(w => JobNouns.Contains(w))
            || knowledge.Sections.Any(s => words.All(TermWords(s.Heading).Contains)))
        {
            return null;
        }

        foreach (var section in knowledge.Sections)
        {
            if (section.Items.FirstOrDefault(i => words.All(TermWords(i).Contains)) is { } item)
            {
                return (term, section, item);
            }
        }

        return null;
    }

    private static HashSet<string> TermWords(string text) =>
        TermWord().Matches(text.ToLowerInvariant()).Select(m => Singular(m.Value)).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"[a-z0-9+#]+")]
    private static partial Regex TermWord();

    [GeneratedRegex(@"^\W*(?:(?:so|ok|okay|and|but|hey|hi|sorry|quick\s+question|noob\s+question)\W+)*(?:(?:can|could|would)\s+(?:you|u)\s+(?:please\s+)?)?(?:what(?:'s|’s|\s+is|s|\s+(?:exactly|actually|even|really)\s+is)\s+(?:exactly\s+|actually\s+|even\s+|really\s+)?(?<term>[^?.!,;:]+?)|(?:explain|tell\s+me)\s+(?:to\s+me\s+)?what\s+(?<term>[^?.!,;:]+?)\s+(?:actually\s+|really\s+|even\s+|exactly\s+)?(?:is|are|means?)|what\s+(?:does|do)\s+(?<term>[^?.!,;:]+?)\s+(?:actually\s+|even\s+|really\s+|exactly\s+)?(?:mean|stand\s+for)|define\s+(?<term>[^?.!,;:]+?)|what\s+is\s+meant\s+by\s+(?<term>[^?.!,;:]+?))(?:\s+(?:exactly|actually|though|again|anyway|even|really|in\s+simple\s+terms|in\s+plain\s+english|for\s+me|then))*(?:\s*(?:,|and|[?.!]+)\s*(?:and\s+)?(?:how\s+(?:does|do|would)\s+(?:it|they|that)\s+(?:actually\s+|really\s+)?work|what\s+(?:does|do)\s+(?:it|they|that)\s+(?:actually\s+|really\s+)?do)\b[^?.!]*)?\s*[?.!]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DefinitionQuestion();
}
