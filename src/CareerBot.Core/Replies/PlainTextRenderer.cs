using System.Text;

namespace CareerBot.Core.Replies;

/// <summary>
/// Renders a reply as plain text for the terminal (and as the <c>text</c> of JSON output); the marks of
/// <see cref="UserText"/> are removed.
/// </summary>
public static class PlainTextRenderer
{
    public static string Render(Reply reply, bool includeFollowUps = true)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var text = new StringBuilder();
        text.AppendLine(reply.Title);
        foreach (var block in reply.Paragraphs)
        {
            text.AppendLine();
            if (block.Text.Length > 0)
            {
                text.AppendLine(block.Text);
            }

            foreach (var item in block.Items)
            {
                text.Append("  - ").AppendLine(item);
            }
        }

        if (reply.Table is { } table)
        {
            text.AppendLine();
            AppendTable(text, table);
        }

        if (reply.Fields.Count > 0)
        {
            text.AppendLine();
            foreach (var field in reply.Fields)
            {
                text.Append(field.Name).Append(": ").AppendLine(field.Value.Replace("\n", "; ", StringComparison.Ordinal));
            }
        }

        if (reply.Note is not null)
        {
            text.AppendLine().AppendLine(reply.Note);
        }

        if (reply.Sources.Count > 0)
        {
            text.AppendLine().Append("Source: ").AppendLine(string.Join("; ", reply.Sources.Select(Describe)));
        }

        if (includeFollowUps && reply.FollowUps.Count > 0)
        {
            text.Append("Try: ").AppendLine(string.Join(" | ", reply.FollowUps.Select(f => f.Command)));
        }

        // The user's words are shown as typed: a terminal renders no links, mentions or formatting.
        return UserText.Plain(text.ToString()).TrimEnd();
    }

    /// <summary>A source as people read it: "Title › Section", or the title alone when the section adds nothing.</summary>
    public static string Describe(SourceRef source) =>
        string.IsNullOrWhiteSpace(source.Section) || source.Section == source.Title ? source.Title : $"{source.Title} › {source.Section}";

    private static void AppendTable(StringBuilder text, ReplyTable table)
    {
        var widths = table.Columns.Select((c, i) => Math.Max(c.Length, table.Rows.Select(r => i < r.Count ? r[i].Length : 0).DefaultIfEmpty(0).Max())).ToArray();
        AppendRow(text, table.Columns, widths);
        text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))).TrimEnd());
        foreach (var row in table.Rows)
        {
            AppendRow(text, row, widths);
        }
    }

    private static void AppendRow(StringBuilder text, IReadOnlyList<string> cells, int[] widths) =>
        text.AppendLine(string.Join("  ", widths.Select((w, i) => (i < cells.Count ? cells[i] : string.Empty).PadRight(w))).TrimEnd());
}
