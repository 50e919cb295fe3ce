using System.Text.Json;
using CareerBot.Core.Replies;

namespace CareerBot.Cli;

/// <summary>
/// The JSON contract of <c>careerbot ask --json</c>: <c>intent</c>, <c>answered</c>, <c>text</c> (the whole
/// answer as plain text), <c>sources</c> (<c>title</c>, <c>section</c>, <c>score</c>), plus <c>title</c> and
/// <c>followUps</c>.
/// </summary>
internal static class ReplyJson
{
    /// <summary><c>{"error": "..."}</c>: the answer to an input line that could not be asked.</summary>
    public static string Error(string message)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("error", message);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string Serialize(Reply reply)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("intent", reply.Intent.ToWireName());
            json.WriteBoolean("answered", reply.Answered);
            json.WriteString("title", UserText.Plain(reply.Title));
            json.WriteString("text", PlainTextRenderer.Render(reply));
            json.WriteStartArray("sources");
            foreach (var source in reply.Sources)
            {
                json.WriteStartObject();
                json.WriteString("title", source.Title);
                json.WriteString("section", source.Section);
                json.WriteNumber("score", source.Score);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("followUps");
            foreach (var followUp in reply.FollowUps)
            {
                json.WriteStartObject();
                json.WriteString("label", UserText.Plain(followUp.Label));
                json.WriteString("command", followUp.Command);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
