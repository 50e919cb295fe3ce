using System.Text.Json;
using CareerBot.Core.Knowledge;

namespace CareerBot.Core.Evaluation;

/// <summary>Reads an eval JSON-lines file (<c>id</c>, <c>q</c>, <c>answered</c>, <c>intent?</c>, <c>expect?</c>, <c>conversation?</c>).</summary>
public static class EvalFile
{
    public static IReadOnlyList<EvalQuestion> Parse(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var questions = new List<EvalQuestion>();
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var where = $"line {i + 1}";
            DataFile data;
            try
            {
                data = DataFile.Open(file, lines[i]);
            }
            catch (KnowledgeException)
            {
                throw new KnowledgeException(file, where, "not a JSON object");
            }

            var root = data.Root;
            var id = root.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String ? idValue.GetString()! : $"line{i + 1}";
            var question = root.TryGetProperty("q", out var q) && q.ValueKind == JsonValueKind.String
                ? q.GetString()!
                : throw new KnowledgeException(file, $"{where} 'q'", "missing or not a string");
            var answered = root.TryGetProperty("answered", out var a) && a.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? a.GetBoolean()
                : throw new KnowledgeException(file, $"{where} 'answered'", "missing or not true/false");
            var intent = root.TryGetProperty("intent", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            var expect = root.TryGetProperty("expect", out var e) && e.ValueKind == JsonValueKind.Array
                ? e.EnumerateArray().Select(g => (IReadOnlyList<string>)g.EnumerateArray().Select(s => s.GetString() ?? string.Empty).ToArray()).ToArray()
                : [];
            var conversation = root.TryGetProperty("conversation", out var c) && c.ValueKind == JsonValueKind.String && c.GetString() is { Length: > 0 } name ? name : null;
            questions.Add(new EvalQuestion(id, question, answered, intent, expect, conversation));
        }

        return questions;
    }
}
