using System.Text.Json;
using CareerBot.Adapters.Json;

namespace CareerBot.Adapters.Tests.Json;

public sealed class ReadableStringConverterTests
{
    private sealed record Message(string? Text, string? Other);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new ReadableStringConverter() } };

    [Fact]
    public void Read_LoneSurrogate_BecomesUnreadable_AndTheRestOfThePayloadReads()
    {
        var message = JsonSerializer.Deserialize<Message>("""{"text":"\ud800 salary","other":"fine"}""", Options)!;

        Assert.Equal(ReadableStringConverter.Unreadable, message.Text);
        Assert.Equal("fine", message.Other);
    }

    [Fact]
    public void Read_ValidText_IsUnchanged_AndNullStaysNull()
    {
        var message = JsonSerializer.Deserialize<Message>("""{"text":"salary \u00e9 \ud83d\ude00","other":null}""", Options)!;

        Assert.Equal("salary é 😀", message.Text);
        Assert.Null(message.Other);
    }

    [Fact]
    public void Read_WithoutTheConverter_ThePayloadFails()
    {
        Assert.ThrowsAny<Exception>(() => JsonSerializer.Deserialize<Message>("""{"text":"\ud800 salary"}""", JsonSerializerOptions.Web));
    }
}
