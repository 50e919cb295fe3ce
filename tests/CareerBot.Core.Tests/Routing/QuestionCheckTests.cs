using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using CareerBot.Core.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Core.Tests.Routing;

/// <summary>What the core refuses at its boundary, for every platform: unreadable text and questions over the length cap.</summary>
public sealed class QuestionCheckTests
{
    // Built here: xunit would mangle lone surrogates in theory data.
    public static TheoryData<int> Unreadable => new() { 0, 1, 2 };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task Respond_LoneSurrogate_IsAClearRefusalNotTheApology(int which)
    {
        var text = which switch
        {
            0 => "\ud800 salary",
            1 => "salary senior \udc00",
            _ => "skills check python, \udbff",
        };
        var reply = await ShippedKnowledge.AskAsync(text);

        Assert.False(reply.Answered);
        Assert.Equal("I couldn't read that", reply.Title);
    }

    [Fact]
    public async Task Respond_SurrogatePairs_AreReadAsUsual()
    {
        var reply = await ShippedKnowledge.AskAsync("salary senior \ud83d\ude00");

        Assert.True(reply.Answered);
        Assert.Equal("Senior ML Engineer salary", reply.Title);
    }

    [Fact]
    public async Task Respond_OverTheCharacterCap_AsksForFewerWordsInsteadOfGuessing()
    {
        var text = "salary senior " + string.Join(' ', Enumerable.Repeat("pleaseeeeeeeeeeeeeeee", 60));
        Assert.True(text.Length > new QuestionOptions().MaxCharacters);

        var reply = await ShippedKnowledge.AskAsync(text);

        Assert.False(reply.Answered);
        Assert.Equal("Please ask in fewer words", reply.Title);
        Assert.Contains("at most 1000 characters or 150 words", PlainTextRenderer.Render(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Respond_OverTheWordCap_AsksForFewerWords()
    {
        var text = "salary " + string.Join(' ', Enumerable.Repeat("a", 150));
        Assert.True(text.Length <= new QuestionOptions().MaxCharacters);

        var reply = await ShippedKnowledge.AskAsync(text);

        Assert.Equal("Please ask in fewer words", reply.Title);
    }

    [Fact]
    public async Task Respond_AtTheWordCap_IsAnswered()
    {
        var text = "salary senior " + string.Join(' ', Enumerable.Repeat("a", 148));

        var reply = await ShippedKnowledge.AskAsync(text);

        Assert.Equal("Senior ML Engineer salary", reply.Title);
    }

    [Fact]
    public async Task Respond_CapIsASetting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
        [
            new("Knowledge:Path", ShippedKnowledge.Folder),
            new("Questions:MaxWords", "3"),
        ]).Build();
        using var provider = new ServiceCollection().AddCareerBotCore(configuration).BuildServiceProvider();
        var responder = provider.GetRequiredService<IChatResponder>();

        var reply = await responder.RespondAsync(new ChatRequest("what does a senior earn", "test"), CancellationToken.None);

        Assert.Equal("Please ask in fewer words", reply.Title);
    }
}
