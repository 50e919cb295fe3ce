namespace CareerBot.Core.Knowledge;

/// <summary>
/// Checks <c>knowledge/synonyms.txt</c> line by line (Solr format), so a bad rule is reported with its
/// line number instead of a parser error from deep inside the analyzer.
/// </summary>
internal static class SynonymRules
{
    public static void Validate(string file, string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var sides = line.Split("=>", StringSplitOptions.None);
            if (sides.Length > 2)
            {
                throw new KnowledgeException(file, $"line {i + 1}", "more than one '=>' in a rule");
            }

            foreach (var side in sides)
            {
                var terms = side.Split(',', StringSplitOptions.TrimEntries);
                if (terms.Any(t => t.Length == 0))
                {
                    throw new KnowledgeException(file, $"line {i + 1}", "empty term (check for a stray comma or '=>' with nothing beside it)");
                }

                if (terms.Any(t => !t.Any(char.IsLetterOrDigit)))
                {
                    throw new KnowledgeException(file, $"line {i + 1}", "a term has no letters or digits");
                }
            }

            if (sides.Length == 1 && sides[0].Split(',').Length < 2)
            {
                throw new KnowledgeException(file, $"line {i + 1}", "a rule needs at least two terms ('a, b' or 'a => b')");
            }
        }
    }
}
