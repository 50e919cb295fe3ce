using CareerBot.Adapters.Feedback;
using CareerBot.Adapters.Replies;
using CareerBot.Core.Replies;

namespace CareerBot.Slack.Rendering;

/// <summary>
/// Renders the core's <see cref="Reply"/> as Block Kit: a header, sections for prose and lists, section fields
/// for name/value pairs and table rows, context lines for the note and the sources, and buttons for follow-ups.
/// Every Slack limit is enforced here, so Slack never answers <c>invalid_blocks</c>.
/// </summary>
internal sealed partial class BlockKitRenderer
{
    public const string FollowUpActionPrefix = "careerbot.followup.";
    public const string ShareActionId = "careerbot.share";
    public const string ActionsBlockId = "careerbot.actions";
    public const string FeedbackBlockId = "careerbot.feedback";
    public const string FeedbackActionPrefix = "careerbot.feedback.";
    public const string HelpfulActionId = FeedbackActionPrefix + "helpful";
    public const string NotHelpfulActionId = FeedbackActionPrefix + "not_helpful";
    public const int MaxFollowUps = 5;
    public const string ShortenedNotice = "_The answer was shortened to fit in Slack. Ask a narrower question for the rest._";

    public SlackMessage Render(Reply reply, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reply);
        options ??= RenderOptions.None;

        var head = new List<SlackBlock>();
        var title = SlackText.Escape(reply.Title?.Trim());
        if (title.Length > 0)
        {
            head.Add(new HeaderBlock(TextObject.Plain(SlackText.Truncate(title, SlackLimits.HeaderText))));
        }

        if (!string.IsNullOrWhiteSpace(options.Preamble))
        {
            head.Add(new SectionBlock(TextObject.Mrkdwn(SlackText.Truncate(options.Preamble, SlackLimits.SectionText))));
        }

        var body = new List<SlackBlock>();
        foreach (var paragraph in reply.Paragraphs)
        {
            body.AddRange(Sections(ParagraphText(paragraph)));
        }

        body.AddRange(FieldBlocks(reply.Fields));
        if (reply.Table is { } table)
        {
            body.AddRange(FieldSections(TableFields(table)));
        }

        var tail = new List<SlackBlock>();
        if (!string.IsNullOrWhiteSpace(reply.Note))
        {
            tail.Add(Context(MrkdwnFormatter.Format(reply.Note)));
        }

        if (SourcesLine(reply.Sources) is { } sources)
        {
            tail.Add(Context(sources));
        }

        // Re-posting "I don't know that one" to the whole channel helps nobody: only real answers can be shared.
        if (Actions(reply.FollowUps, ReplyPolicy.ShareCommand(reply, options.ShareCommand)) is { } actions)
        {
            tail.Add(actions);
        }

        if (ReplyPolicy.FeedbackAnswerId(reply) is { } answerId)
        {
            tail.Add(FeedbackActions(answerId));
        }

        var room = SlackLimits.Blocks - head.Count - tail.Count;
        if (body.Count > room)
        {
            body.RemoveRange(room - 1, body.Count - room + 1);
            body.Add(Context(ShortenedNotice));
        }

        var blocks = new List<SlackBlock>(head.Count + body.Count + tail.Count);
        blocks.AddRange(head);
        blocks.AddRange(body);
        blocks.AddRange(tail);
        var text = FallbackText(reply, options.Preamble, title.Length == 0 ? title : UserText.Format(reply.Title!.Trim(), SlackText.EscapeKeepingMarks, SlackText.Inert));
        if (blocks.Count == 0)
        {
            blocks.Add(new SectionBlock(TextObject.Mrkdwn(SlackText.Truncate(text, SlackLimits.SectionText))));
        }

        return new SlackMessage(text, blocks);
    }

    private static string ParagraphText(ReplyBlock paragraph)
    {
        var lines = new List<string>();
        var lead = MrkdwnFormatter.Format(paragraph.Text);
        if (lead.Length > 0)
        {
            lines.Add(lead);
        }

        foreach (var item in paragraph.Items)
        {
            var formatted = MrkdwnFormatter.Format(item);
            if (formatted.Length > 0)
            {
                lines.Add("• " + formatted);
            }
        }

        return SlackText.Join(lines);
    }

    private static IEnumerable<SlackBlock> Sections(string mrkdwn) =>
        SlackText.Split(mrkdwn, SlackLimits.SectionText).Select(piece => new SectionBlock(TextObject.Mrkdwn(piece)));

    private static ContextBlock Context(string mrkdwn) =>
        new([TextObject.Mrkdwn(SlackText.Truncate(mrkdwn, SlackLimits.ContextText))]);

    private static string? SourcesLine(IReadOnlyList<SourceRef> sources)
    {
        var names = ReplyPolicy.SourceNames(sources).Select(SlackText.Escape).Where(name => name.Length > 0).Take(5).ToList();
        return names.Count == 0 ? null : ":books: Sources: " + string.Join(ReplyPolicy.SourceSeparator, names);
    }

    private static ActionsBlock? Actions(IReadOnlyList<FollowUp> followUps, string? shareCommand)
    {
        var buttons = new List<ButtonElement>();
        foreach (var followUp in followUps)
        {
            var command = UserText.Plain(followUp.Command).Trim();
            if (command.Length == 0 || command.Length > SlackLimits.ButtonValue || buttons.Count == MaxFollowUps)
            {
                continue;
            }

            var label = SlackText.Escape(string.IsNullOrWhiteSpace(followUp.Label) ? command : followUp.Label.Trim());
            buttons.Add(new ButtonElement(
                TextObject.Plain(SlackText.Truncate(label, SlackLimits.ButtonText)),
                FollowUpActionPrefix + buttons.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                command));
        }

        if (!string.IsNullOrWhiteSpace(shareCommand) && shareCommand.Length <= SlackLimits.ButtonValue)
        {
            buttons.Add(new ButtonElement(TextObject.Plain("Share in channel"), ShareActionId, shareCommand, "primary"));
        }

        return buttons.Count == 0 ? null : new ActionsBlock(ActionsBlockId, buttons);
    }

    /// <summary>"Helpful" / "Not helpful", each carrying the vote and the answer id in its value.</summary>
    private static ActionsBlock FeedbackActions(string answerId) => new(FeedbackBlockId,
    [
        new ButtonElement(TextObject.Plain(FeedbackButtons.HelpfulLabel), HelpfulActionId, FeedbackButtons.Encode(helpful: true, answerId)),
        new ButtonElement(TextObject.Plain(FeedbackButtons.NotHelpfulLabel), NotHelpfulActionId, FeedbackButtons.Encode(helpful: false, answerId)),
    ]);

    private static string FallbackText(Reply reply, string? preamble, string title)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(preamble))
        {
            parts.Add(preamble);
        }

        if (title.Length > 0)
        {
            parts.Add($"*{title}*");
        }

        var first = reply.Paragraphs.Select(ParagraphText).FirstOrDefault(text => text.Length > 0);
        if (first is not null)
        {
            parts.Add(first);
        }

        var text = SlackText.Join(parts);
        return text.Length == 0 ? "CareerBot" : SlackText.Truncate(text, SlackLimits.MessageText);
    }
}
