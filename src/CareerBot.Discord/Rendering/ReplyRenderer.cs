using CareerBot.Adapters.Feedback;
using CareerBot.Adapters.Replies;
using CareerBot.Core.Replies;
using CareerBot.Discord.Interactions;

namespace CareerBot.Discord.Rendering;

/// <summary>Turns the core's <see cref="Reply"/> into a Discord message: one embed plus follow-up buttons.</summary>
internal sealed class ReplyRenderer(CustomIdCodec customIds)
{
    internal const string PostLabel = "Post to channel";

    public DiscordMessage Render(Reply reply, ReplyPresentation presentation)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(presentation);
        var embed = EmbedComposer.Compose(reply);
        // Posting "I don't know that one" for everyone to see helps nobody: only real answers get the button.
        var components = BuildComponents(reply.FollowUps, ReplyPolicy.ShareCommand(reply, presentation.PostCommand), ReplyPolicy.FeedbackAnswerId(reply));
        return new DiscordMessage(
            Content: presentation.GreetUserId is { } userId ? $"<@{userId}>" : null,
            Embeds: [embed],
            Components: components.Count == 0 ? [] : components,
            AllowedMentions: presentation.GreetUserId is { } greeted ? AllowedMentions.OnlyUser(greeted) : AllowedMentions.None,
            Flags: presentation.Ephemeral ? DiscordMessage.EphemeralFlag : null,
            MessageReference: presentation.ReplyToMessageId is { } messageId ? new MessageReference(messageId) : null);
    }

    /// <summary>A short text-only message (errors, expired buttons), never pinging anyone.</summary>
    public static DiscordMessage Notice(string text, bool ephemeral) =>
        new(SafeText.Truncate(SafeText.Markdown(text), DiscordLimits.Content), null, null, AllowedMentions.None,
            ephemeral ? DiscordMessage.EphemeralFlag : null);

    private List<ActionRow> BuildComponents(IReadOnlyList<FollowUp> followUps, string? postCommand, string? answerId)
    {
        var rows = new List<ActionRow>();
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var followUpRows = DiscordLimits.ActionRows - (postCommand is null ? 0 : 1) - (answerId is null ? 0 : 1);
        var buttons = new List<Button>();
        foreach (var followUp in followUps)
        {
            if (string.IsNullOrWhiteSpace(followUp.Command) || buttons.Count == followUpRows * DiscordLimits.ButtonsPerRow)
            {
                continue;
            }

            var customId = customIds.Encode(ButtonAction.Run, UserText.Plain(followUp.Command).Trim());
            if (usedIds.Add(customId))
            {
                buttons.Add(new Button(Button.Secondary, SafeText.Label(followUp.Label, DiscordLimits.ButtonLabel), customId));
            }
        }

        rows.AddRange(buttons.Chunk(DiscordLimits.ButtonsPerRow).Select(chunk => new ActionRow(chunk)));
        if (postCommand is not null)
        {
            rows.Add(new ActionRow([new Button(Button.Primary, PostLabel, customIds.Encode(ButtonAction.Post, postCommand))]));
        }

        if (answerId is not null)
        {
            // Last, on a row of their own: the vote and the answer id travel in the custom_id.
            rows.Add(new ActionRow(
            [
                new Button(Button.Secondary, FeedbackButtons.HelpfulLabel, FeedbackButtons.Encode(helpful: true, answerId)),
                new Button(Button.Secondary, FeedbackButtons.NotHelpfulLabel, FeedbackButtons.Encode(helpful: false, answerId)),
            ]));
        }

        return rows;
    }
}
