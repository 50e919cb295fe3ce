using System.Text.RegularExpressions;
using CareerBot.Core.Knowledge;

namespace CareerBot.Core.Search;

/// <summary>The words the speller may correct towards: everything the knowledge says, plus command and filler words.</summary>
internal static partial class Vocabulary
{
    private static readonly string[] CommandWords =
    [
        "ask", "salary", "salaries", "skills", "skill", "check", "path", "compare", "help", "from", "versus",
        "what", "which", "where", "when", "does", "much", "make", "earn", "become", "engineer", "engineers",
        "scientist", "scientists", "difference", "between", "after", "before", "next", "need", "learn",
        "should", "could", "would", "about", "level", "levels", "maths", "math", "mathematics", "paid", "pay",
        "promotion", "ladder", "career", "overlap", "similar", "requirements", "recommend", "certifications",
        "there", "their", "these", "those", "with", "have", "know", "want", "work", "working",
    ];

    public static IEnumerable<string> From(KnowledgeBase knowledge)
    {
        var texts = knowledge.Synonyms.ReplaceLineEndings("\n").Split('\n').ToList();
        foreach (var document in knowledge.Documents)
        {
            texts.Add(document.Title);
            texts.AddRange(document.Tags);
            texts.AddRange(document.Sections.Select(GuideIndex.SectionText));
        }

        texts.AddRange(knowledge.Salaries.SelectMany(s => s.Aliases.Append(s.Title).Append(s.Level)));
        texts.AddRange(knowledge.SkillAreas.SelectMany(a => a.Aliases.Append(a.Title).Concat(a.Items.SelectMany(i => i.Keywords.Append(i.Name)))));
        texts.AddRange(knowledge.Ladder.Steps.SelectMany(s => s.Aliases.Append(s.Title).Append(s.Step)));
        texts.AddRange(knowledge.Roles.Roles.SelectMany(r => r.Aliases.Append(r.Title)));
        texts.AddRange(CommandWords);
        texts.AddRange(QueryStopWords.Words);
        return texts
            .Where(t => !t.TrimStart().StartsWith('#'))
            .SelectMany(t => Word().Matches(t).Select(m => m.Value.ToLowerInvariant()))
            .Distinct(StringComparer.Ordinal);
    }

    [GeneratedRegex("[A-Za-z][A-Za-z']+")]
    private static partial Regex Word();
}
