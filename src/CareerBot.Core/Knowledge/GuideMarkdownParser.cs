using System.Text;
using System.Text.RegularExpressions;

namespace CareerBot.Core.Knowledge;

/// <summary>
/// Reads a guide Markdown file: front matter (<c>id</c>, <c>title</c>, <c>tags</c>, <c>source</c>), then
/// <c>##</c> sections and <c>###</c> sub-sections of prose and <c>-</c> bullet items.
/// </summary>
internal static partial class GuideMarkdownParser
{
    private static readonly string[] AllowedKeys = ["id", "title", "tags", "source"];

    public static GuideDocument Parse(string file, string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var front = FrontMatter.Parse(file, lines, AllowedKeys);
        var id = front.Required(file, "id");
        if (!IdPattern().IsMatch(id))
        {
            throw new KnowledgeException(file, "front matter 'id'", $"'{id}' must be lower-case letters, digits and dashes");
        }

        var title = front.Required(file, "title");
        var source = front.Required(file, "source");
        var tags = front.List(file, "tags");

        var sections = new List<GuideSection>();
        var builder = new SectionBuilder(id, title, title, startLine: front.BodyStartLine + 1);
        string? parent = null;
        for (var i = front.BodyStartLine; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("# ", StringComparison.Ordinal))
            {
                continue; // the document title; front matter's title is the one used
            }

            if (trimmed.StartsWith("##", StringComparison.Ordinal))
            {
                builder.AddTo(sections, file, requireContent: false);
                var level = trimmed.TakeWhile(c => c == '#').Count();
                var heading = trimmed[level..].Trim();
                if (heading.Length == 0)
                {
                    throw new KnowledgeException(file, $"line {i + 1}", "heading has no text");
                }

                if (level == 2)
                {
                    parent = heading;
                    builder = new SectionBuilder(id, title, heading, i + 1);
                }
                else
                {
                    builder = new SectionBuilder(id, title, parent is null ? heading : $"{parent}: {heading}", i + 1);
                }

                continue;
            }

            if (trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed.StartsWith("* ", StringComparison.Ordinal))
            {
                builder.Items.Add(trimmed[2..].Trim());
            }
            else if (trimmed.Length > 0)
            {
                builder.AppendProse(trimmed);
            }
        }

        builder.AddTo(sections, file, requireContent: true);
        if (sections.Count == 0)
        {
            throw new KnowledgeException(file, "body", "no content: add at least one '## Heading' with text under it");
        }

        return new GuideDocument(id, title, tags, source, file, sections);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    private sealed class SectionBuilder(string documentId, string documentTitle, string heading, int startLine)
    {
        private readonly StringBuilder _prose = new();

        public List<string> Items { get; } = [];

        public void AppendProse(string text)
        {
            if (_prose.Length > 0)
            {
                _prose.Append(' ');
            }

            _prose.Append(text);
        }

        public void AddTo(List<GuideSection> sections, string file, bool requireContent)
        {
            if (_prose.Length == 0 && Items.Count == 0)
            {
                // A heading directly followed by a sub-heading is a parent: fine. A heading with nothing
                // under it at the end of the file is a mistake worth reporting.
                if (requireContent && heading != documentTitle)
                {
                    throw new KnowledgeException(file, $"line {startLine}", $"section '{heading}' has no text under it");
                }

                return;
            }

            sections.Add(new GuideSection(documentId, documentTitle, heading, _prose.ToString(), Items.ToArray()));
        }
    }
}
