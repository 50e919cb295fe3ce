using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerBot.Adapters.Json;

/// <summary>
/// Reads JSON strings for both platforms' payloads. JSON can carry a lone surrogate escape (<c>"\ud800"</c>) that is
/// not valid text and that <see cref="Utf8JsonReader.GetString"/> cannot read; instead of the whole payload failing
/// (an event dropped, a 400, an apology), such a string becomes <see cref="Unreadable"/>, itself a lone surrogate, so
/// the core refuses it with its one clear message for unreadable text.
/// </summary>
public sealed class ReadableStringConverter : JsonConverter<string>
{
    /// <summary>What an unreadable string is read as.</summary>
    public const string Unreadable = "\uD800";

    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string, found {reader.TokenType}.");
        }

        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return Unreadable;
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
