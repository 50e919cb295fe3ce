namespace CareerBot.Core.Knowledge;

/// <summary>
/// Reads <c>knowledge/onboarding.md</c>: front matter <c>title</c>, an introduction, then the
/// <c>## Try asking</c> and <c>## Commands</c> lists.
/// </summary>
internal static class OnboardingParser
{
    private static readonly string[] AllowedKeys = ["title"];

    public static OnboardingText Parse(string file, string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var front = FrontMatter.Parse(file, lines, AllowedKeys);
        var title = front.Required(file, "title");
        var intro = new List<string>();
        var examples = new List<string>();
        var commands = new List<string>();
        List<string>? list = null;
        for (var i = front.BodyStartLine; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                var heading = line[3..].Trim().ToLowerInvariant();
                list = heading.Contains("command", StringComparison.Ordinal) ? commands
                    : heading.Contains("ask", StringComparison.Ordinal) || heading.Contains("example", StringComparison.Ordinal) ? examples
                    : throw new KnowledgeException(file, $"line {i + 1}", $"unknown section '{line[3..].Trim()}'; use '## Try asking' or '## Commands'");
                continue;
            }

            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                (list ?? throw new KnowledgeException(file, $"line {i + 1}", "a list item before any '## Try asking' or '## Commands' heading")).Add(line[2..].Trim());
            }
            else if (line.Length > 0)
            {
                if (list is not null)
                {
                    throw new KnowledgeException(file, $"line {i + 1}", "text under a list section must be '- ' items");
                }

                intro.Add(line);
            }
        }

        if (intro.Count == 0)
        {
            throw new KnowledgeException(file, "body", "needs an introduction paragraph before the lists");
        }

        if (examples.Count == 0)
        {
            throw new KnowledgeException(file, "'## Try asking'", "needs at least one example question");
        }

        return new OnboardingText(title, string.Join(' ', intro), examples, commands);
    }
}
