namespace CareerBot.Discord.Rendering;

/// <summary>How a reply is shown: to the asker only (with a button to post it), publicly, as a reply, or as a welcome.</summary>
/// <param name="Ephemeral">Only the user who asked sees it.</param>
/// <param name="PostCommand">When set, a "Post to channel" button re-runs this command publicly.</param>
/// <param name="GreetUserId">When set, the message pings this user and nobody else.</param>
/// <param name="ReplyToMessageId">When set, the message is a reply to that message.</param>
internal sealed record ReplyPresentation(bool Ephemeral, string? PostCommand, string? GreetUserId, string? ReplyToMessageId)
{
    public static ReplyPresentation Private(string command) => new(true, command, null, null);

    public static ReplyPresentation Public { get; } = new(false, null, null, null);

    public static ReplyPresentation ReplyTo(string messageId) => new(false, null, null, messageId);

    public static ReplyPresentation Welcome(string userId) => new(false, null, userId, null);
}
