using CareerBot.Core.Replies;

namespace CareerBot.Slack.Rendering;

/// <summary>Name/value pairs and table rows as section fields: at most 10 per section, 2000 characters each.</summary>
internal sealed partial class BlockKitRenderer
{
    private static IEnumerable<SlackBlock> FieldBlocks(IReadOnlyList<ReplyField> fields)
    {
        var inline = new List<string>();
        foreach (var field in fields)
        {
            var text = FieldText(field.Name, field.Value);
            if (text.Length == 0)
            {
                continue;
            }

            if (field.Inline)
            {
                inline.Add(text);
            }
            else
            {
                foreach (var section in FieldSections(inline))
                {
                    yield return section;
                }

                inline.Clear();
                foreach (var section in Sections(text))
                {
                    yield return section;
                }
            }
        }

        foreach (var section in FieldSections(inline))
        {
            yield return section;
        }
    }

    private static IEnumerable<SlackBlock> FieldSections(IReadOnlyList<string> fields) =>
        fields.Chunk(SlackLimits.SectionFields).Select(chunk => new SectionBlock(
            null,
            [.. chunk.Select(text => TextObject.Mrkdwn(SlackText.Truncate(text, SlackLimits.FieldText)))]));

    private static List<string> TableFields(ReplyTable table)
    {
        var fields = new List<string>();
        foreach (var row in table.Rows)
        {
            if (row.Count == 0)
            {
                continue;
            }

            var lines = new List<string>();
            var first = MrkdwnFormatter.Format(row[0]);
            lines.Add(row.Count > 1 && first.Length > 0 ? $"*{first}*" : first);
            for (var column = 1; column < row.Count; column++)
            {
                var name = column < table.Columns.Count ? MrkdwnFormatter.Format(table.Columns[column]) : string.Empty;
                var value = MrkdwnFormatter.Format(row[column]);
                lines.Add(name.Length > 0 ? $"{name}: {value}" : value);
            }

            var text = SlackText.Join(lines.Where(line => line.Length > 0));
            if (text.Length > 0)
            {
                fields.Add(text);
            }
        }

        return fields;
    }

    private static string FieldText(string name, string value)
    {
        var formattedName = MrkdwnFormatter.Format(name);
        var formattedValue = MrkdwnFormatter.Format(value);
        return formattedName.Length == 0 ? formattedValue
            : formattedValue.Length == 0 ? $"*{formattedName}*"
            : $"*{formattedName}*\n{formattedValue}";
    }
}
