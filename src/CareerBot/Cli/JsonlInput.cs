using System.Text.Json;

namespace CareerBot.Cli;

/// <summary>
/// One line of <c>ask --jsonl</c> input: a JSON object with a <c>q</c> string (other fields are kept in
/// <see cref="Fields"/> for whoever needs them), or plain text. A line that cannot be asked carries an
/// <see cref="Error"/> instead, and is answered with <c>{"error": "..."}</c> so the Nth answer is the Nth line.
/// </summary>
internal sealed record JsonlInput(string? Question, string? Error, JsonElement? Fields)
{
    /// <summary>The optional <c>"conversation"</c> id: lines that share it are one conversation.</summary>
    public string? Conversation =>
        Fields is { ValueKind: JsonValueKind.Object } fields && fields.TryGetProperty("conversation", out var c) && c.ValueKind == JsonValueKind.String && c.GetString() is { Length: > 0 } id
            ? id
            : null;

    public static JsonlInput Parse(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0)
        {
            return new JsonlInput(null, "empty line: give a question, as plain text or {\"q\": \"...\"}", null);
        }

        if (!trimmed.StartsWith('{'))
        {
            return new JsonlInput(trimmed, null, null);
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(trimmed);
            root = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            var message = ex.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].Trim();
            return new JsonlInput(null, $"not valid JSON: {message}", null);
        }

        if (!root.TryGetProperty("q", out var q) || q.ValueKind != JsonValueKind.String)
        {
            return new JsonlInput(null, "missing \"q\": each JSON line needs the question as a string in \"q\"", root);
        }

        return string.IsNullOrWhiteSpace(q.GetString())
            ? new JsonlInput(null, "empty \"q\": give a question", root)
            : new JsonlInput(q.GetString()!.Trim(), null, root);
    }
}
