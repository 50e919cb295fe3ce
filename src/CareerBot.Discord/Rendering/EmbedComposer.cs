using System.Text;
using CareerBot.Adapters.Replies;
using CareerBot.Core.Replies;

namespace CareerBot.Discord.Rendering;

/// <summary>
/// Builds the one embed of a reply within Discord's limits: title, description (prose, bullet lists, note),
/// fields (the reply's fields, then one per table row), and the sources in the footer.
/// </summary>
internal static class EmbedComposer
{
    internal const int AnsweredColor = 0x5865F2;
    internal const int UnansweredColor = 0x99AAB5;

    public static Embed Compose(Reply reply)
    {
        var title = SafeText.Field(string.IsNullOrWhiteSpace(reply.Title) ? "CareerBot" : reply.Title, DiscordLimits.EmbedTitle);
        var description = Description(reply);
        var fields = Fields(reply);
        var footer = Footer(reply.Sources);
        var color = reply.Answered ? AnsweredColor : UnansweredColor;

        // The 6000-character budget across the embed: shorten the description first, then drop fields.
        var fixedLength = title.Length + (footer?.Text.Length ?? 0);
        while (fields.Count > 0 && fixedLength + FieldsLength(fields) > DiscordLimits.EmbedTotal - 200)
        {
            fields.RemoveAt(fields.Count - 1);
        }

        var room = DiscordLimits.EmbedTotal - fixedLength - FieldsLength(fields);
        if (description is not null && description.Length > room)
        {
            description = SafeText.Truncate(description, Math.Max(room, 1));
        }

        return new Embed(title, description, color, fields.Count == 0 ? null : fields, footer);
    }

    private static string? Description(Reply reply)
    {
        var blocks = new List<string>();
        foreach (var paragraph in reply.Paragraphs)
        {
            var block = new StringBuilder();
            if (!string.IsNullOrWhiteSpace(paragraph.Text))
            {
                block.Append(paragraph.Text.Trim());
            }

            foreach (var item in paragraph.Items.Where(i => !string.IsNullOrWhiteSpace(i)))
            {
                block.Append(block.Length == 0 ? string.Empty : "\n").Append("• ").Append(item.Trim());
            }

            if (block.Length > 0)
            {
                blocks.Add(block.ToString());
            }
        }

        if (!string.IsNullOrWhiteSpace(reply.Note))
        {
            blocks.Add($"*{reply.Note.Trim()}*");
        }

        return blocks.Count == 0 ? null : SafeText.Truncate(SafeText.Markdown(string.Join("\n\n", blocks)), DiscordLimits.EmbedDescription);
    }

    private static List<EmbedField> Fields(Reply reply)
    {
        var fields = reply.Fields
            .Select(f => new EmbedField(SafeText.Field(f.Name, DiscordLimits.EmbedFieldName), SafeText.Field(f.Value, DiscordLimits.EmbedFieldValue), f.Inline))
            .ToList();
        if (reply.Table is { Rows.Count: > 0 } table)
        {
            fields.AddRange(table.Rows.Select(row => TableRowField(table.Columns, row)));
        }

        if (fields.Count > DiscordLimits.EmbedFields)
        {
            var hidden = fields.Count - (DiscordLimits.EmbedFields - 1);
            fields = fields.Take(DiscordLimits.EmbedFields - 1).ToList();
            fields.Add(new EmbedField("…", $"{hidden} more not shown", false));
        }

        return fields;
    }

    /// <summary>
    /// A table row as a field: the first cell names it, the other cells are "Column: value" lines. A first
    /// cell that is only a position (a ladder step's number) joins the second: "2. Senior ML Engineer".
    /// </summary>
    private static EmbedField TableRowField(IReadOnlyList<string> columns, IReadOnlyList<string> row)
    {
        if (row.Count <= 1)
        {
            var only = row.Count == 1 ? row[0] : string.Empty;
            return new EmbedField(SafeText.Field(columns.Count > 0 ? columns[0] : null, DiscordLimits.EmbedFieldName), SafeText.Field(only, DiscordLimits.EmbedFieldValue), true);
        }

        var nameCells = row.Count > 2 && row[0].Trim().All(char.IsAsciiDigit) ? 2 : 1;
        var name = nameCells == 2 ? $"{row[0].Trim()}. {row[1]}" : row[0];
        var lines = Enumerable.Range(nameCells, row.Count - nameCells)
            .Select(i => i < columns.Count && !string.IsNullOrWhiteSpace(columns[i]) ? $"{columns[i]}: {row[i]}" : row[i]);
        return new EmbedField(SafeText.Field(name, DiscordLimits.EmbedFieldName), SafeText.Field(string.Join("\n", lines), DiscordLimits.EmbedFieldValue), true);
    }

    private static EmbedFooter? Footer(IReadOnlyList<SourceRef> sources)
    {
        var names = ReplyPolicy.SourceNames(sources);
        return names.Count == 0 ? null : new EmbedFooter(SafeText.Field("Sources: " + string.Join(ReplyPolicy.SourceSeparator, names), DiscordLimits.EmbedFooter));
    }

    private static int FieldsLength(List<EmbedField> fields) => fields.Sum(f => f.Name.Length + f.Value.Length);
}
