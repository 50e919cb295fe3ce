using CareerBot.Storage;

namespace CareerBot.Adapters.Feedback;

/// <summary>
/// The payload of a share button (Slack's "Share in channel" <c>value</c>, Discord's "Post to channel" command), the
/// same on every platform: the answer's id and the command, <c>@&lt;id&gt; &lt;command&gt;</c>, so a share repeats a
/// recorded answer instead of asking a new question, and the channel's votes on the shared copy count for that
/// answer. Without an id it is the command alone (<c>@ </c> in front when the command itself starts with <c>@</c>).
/// </summary>
public static class ShareButtons
{
    private const char Marker = '@';

    public static string Encode(string command, string? answerId)
    {
        ArgumentNullException.ThrowIfNull(command);
        return AnswerIds.IsValid(answerId) ? $"{Marker}{answerId} {command}"
            : command.StartsWith(Marker) ? $"{Marker} {command}"
            : command;
    }

    /// <summary>The command and answer id a share button carries; a button from before ids were carried is its command.</summary>
    public static SharedAnswer Decode(string? payload)
    {
        var value = payload ?? string.Empty;
        if (value.StartsWith($"{Marker} ", StringComparison.Ordinal))
        {
            return new SharedAnswer(value[2..].Trim(), null);
        }

        if (value.Length > AnswerIds.Length + 1 && value[0] == Marker && value[AnswerIds.Length + 1] == ' '
            && value.Substring(1, AnswerIds.Length) is var id && AnswerIds.IsValid(id))
        {
            return new SharedAnswer(value[(AnswerIds.Length + 2)..].Trim(), id);
        }

        return new SharedAnswer(value.Trim(), null);
    }
}
