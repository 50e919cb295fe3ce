using System.Text.Json;

namespace CareerBot.Core.Knowledge;

/// <summary>
/// Reads one JSON data file and reports every problem with the file name and the field path
/// (<c>levels[2].min</c>), never a bare <see cref="JsonException"/>.
/// </summary>
internal sealed class DataFile(string file, JsonElement root)
{
    public string File { get; } = file;

    public JsonElement Root { get; } = root;

    public static DataFile Open(string file, string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return new DataFile(file, document.RootElement.Clone());
        }
        catch (JsonException ex)
        {
            throw new KnowledgeException(file, $"line {(ex.LineNumber ?? 0) + 1}", "not valid JSON: " + FirstSentence(ex.Message));
        }
    }

    public JsonElement Object(JsonElement parent, string path, string name)
    {
        var value = Get(parent, path, name);
        return value.ValueKind == JsonValueKind.Object ? value : throw Wrong(Join(path, name), "an object", value);
    }

    public IReadOnlyList<JsonElement> Array(JsonElement parent, string path, string name, bool allowEmpty = false)
    {
        var value = Get(parent, path, name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Wrong(Join(path, name), "a list", value);
        }

        var items = value.EnumerateArray().ToArray();
        if (!allowEmpty && items.Length == 0)
        {
            throw new KnowledgeException(File, Join(path, name), "must not be empty");
        }

        return items;
    }

    public string String(JsonElement parent, string path, string name)
    {
        var value = Get(parent, path, name);
        return value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : throw Wrong(Join(path, name), "a non-empty string", value);
    }

    public string? OptionalString(JsonElement parent, string path, string name)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return String(parent, path, name);
    }

    public string StringItem(JsonElement item, string path) =>
        item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString())
            ? item.GetString()!.Trim()
            : throw Wrong(path, "a non-empty string", item);

    public IReadOnlyList<string> Strings(JsonElement parent, string path, string name, bool optional = false)
    {
        if (optional && !parent.TryGetProperty(name, out _))
        {
            return [];
        }

        var items = Array(parent, path, name, allowEmpty: optional);
        return items.Select((item, i) => StringItem(item, $"{Join(path, name)}[{i}]")).ToArray();
    }

    public decimal Number(JsonElement parent, string path, string name)
    {
        var value = Get(parent, path, name);
        return value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number)
            ? number
            : throw Wrong(Join(path, name), "a number", value);
    }

    public bool Boolean(JsonElement parent, string path, string name, bool? fallback = null)
    {
        if (fallback is not null && !parent.TryGetProperty(name, out _))
        {
            return fallback.Value;
        }

        var value = Get(parent, path, name);
        return value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : throw Wrong(Join(path, name), "true or false", value);
    }

    public KnowledgeException Error(string path, string problem) => new(File, path, problem);

    /// <summary>
    /// Refuses a field the format does not have (a typo such as <c>openEnd</c> would otherwise be dropped silently),
    /// naming the row and the field. Called after the known fields are read, so a missing field is reported first.
    /// </summary>
    public void NoOtherFields(JsonElement value, string path, params string[] allowed)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in value.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                var near = allowed.FirstOrDefault(a => a.StartsWith(property.Name, StringComparison.OrdinalIgnoreCase)
                    || Search.EditDistance.Compute(a.ToLowerInvariant(), property.Name.ToLowerInvariant(), 2) <= 2);
                var hint = near is null ? string.Empty : $"did you mean '{near}'? ";
                throw new KnowledgeException(File, Join(path, property.Name), $"unknown field; {hint}allowed: {string.Join(", ", allowed)}");
            }
        }
    }

    private JsonElement Get(JsonElement parent, string path, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value)
            ? value
            : throw new KnowledgeException(File, Join(path, name), "missing");

    private KnowledgeException Wrong(string path, string expected, JsonElement actual) =>
        new(File, path, $"must be {expected}, found {Describe(actual)}");

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"\"{value.GetString()}\"",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => "null",
    };

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
