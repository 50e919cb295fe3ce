using CareerBot.Core.Replies;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CareerBot.Chat;

/// <summary>
/// A reply for a terminal, through Spectre.Console: text wraps at the console's width on word boundaries
/// (list items with a hanging indent), a table is drawn as a table, and colour is used only when the console
/// has it (never when output is redirected or <c>NO_COLOR</c> is set: see <see cref="TerminalConsole"/>). The marks
/// around the user's own words (<see cref="UserText"/>) are for the chat platforms' escaping; a terminal shows the words.
/// </summary>
internal static class SpectreReplyRenderer
{
    public static IRenderable Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var parts = new List<IRenderable> { new Markup($"[bold]{Markup.Escape(UserText.Plain(reply.Title))}[/]") };
        foreach (var block in reply.Paragraphs)
        {
            parts.Add(Text.Empty);
            if (block.Text.Length > 0)
            {
                parts.Add(new Paragraph(UserText.Plain(block.Text)));
            }

            if (block.Items.Count > 0)
            {
                parts.Add(Bullets(block.Items));
            }
        }

        if (reply.Table is { Rows.Count: > 0 } table)
        {
            parts.Add(Text.Empty);
            parts.Add(Table(table));
        }

        if (reply.Fields.Count > 0)
        {
            parts.Add(Text.Empty);
            var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
            foreach (var field in reply.Fields)
            {
                grid.AddRow(new Markup($"[bold]{Markup.Escape(UserText.Plain(field.Name))}[/]"), new Paragraph(UserText.Plain(field.Value).Replace("\n", "; ", StringComparison.Ordinal)));
            }

            parts.Add(grid);
        }

        if (reply.Note is not null)
        {
            parts.Add(Text.Empty);
            parts.Add(new Paragraph(UserText.Plain(reply.Note), new Style(decoration: Decoration.Italic | Decoration.Dim)));
        }

        if (reply.Sources.Count > 0)
        {
            parts.Add(Text.Empty);
            parts.Add(new Paragraph("Source: " + string.Join("; ", reply.Sources.Select(PlainTextRenderer.Describe)), new Style(Color.Grey)));
        }

        if (reply.FollowUps.Count > 0)
        {
            parts.Add(new Markup("[grey]Try:[/] " + string.Join(" [grey]|[/] ", reply.FollowUps.Select(f => $"[cyan]{Markup.Escape(UserText.Plain(f.Command))}[/]"))));
        }

        return new Rows(parts);
    }

    private static Grid Bullets(IEnumerable<string> items)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadLeft(2).PadRight(1)).AddColumn(new GridColumn().PadRight(0));
        foreach (var item in items)
        {
            grid.AddRow(new Text("-"), new Paragraph(UserText.Plain(item)));
        }

        return grid;
    }

    private static Table Table(ReplyTable table)
    {
        var rendered = new Table().Border(TableBorder.Rounded).BorderColor(Color.Grey);
        foreach (var column in table.Columns)
        {
            rendered.AddColumn(new TableColumn(new Markup($"[bold]{Markup.Escape(column)}[/]")));
        }

        foreach (var row in table.Rows)
        {
            rendered.AddRow(table.Columns.Select((_, i) => (IRenderable)new Paragraph(i < row.Count ? UserText.Plain(row[i]) : string.Empty)).ToArray());
        }

        return rendered;
    }
}
