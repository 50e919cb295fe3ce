using CareerBot.Core.Lookups;
using CareerBot.Core.Replies;
using CareerBot.Core.Tests.TestSupport;

namespace CareerBot.Core.Tests.Lookups;

public sealed class FutureQuestionsTests
{
    [Theory]
    [InlineData("where is the field heading?", true)]
    [InlineData("what's on the horizon for ML engineering?", true)]
    [InlineData("will ML engineers still be needed in ten years?", true)]
    [InlineData("how are things changing in the ML engineering world?", true)]
    [InlineData("what's next for ML engineering, going forward?", true)]
    [InlineData("should I learn Python or C++ first as a future ML engineer?", false)] // a future engineer is a person, not a time
    [InlineData("what does it take to succeed long term as an MLE?", false)] // the asker's long term, not the field's
    [InlineData("I want to switch because I think it is the future. What do employers expect?", false)] // the asker's statement
    [InlineData("I'm changing careers from nursing, what do I need?", false)] // the asker changes, not the field
    [InlineData("what does an ML engineer do all day?", false)]
    [InlineData("whats the job outlook for ml engineers", false)] // a job outlook is the demand for the job
    [InlineData("what's the growth outlook for the field?", false)]
    [InlineData("is this a field with a real future, or is it a bubble?", false)] // "a future in it": whether it lasts
    [InlineData("what's the outlook for ML engineering over the next decade?", true)]
    public void AboutTheFuture_ByTheWordsThatPointAtIt(string question, bool future)
    {
        Assert.Equal(future, FutureQuestions.AboutTheFuture(question));
    }

    [Fact]
    public void Sections_AreThoseWhoseExampleQuestionsMostlyAskAboutTheFuture()
    {
        var headings = FutureQuestions.Sections(ShippedKnowledge.Snapshot.Knowledge).Select(s => s.Heading).ToArray();

        Assert.Contains("Industry Trends", headings);
        Assert.Contains("Career Evolution", headings);
        Assert.DoesNotContain("Salary Expectations", headings);
        Assert.DoesNotContain("Career Benefits: Continuous Learning", headings); // "evolving technology" now and then only
    }

    [Theory]
    [InlineData("how are things changing in the ML engineering world?", "AutoML adoption")] // nearest the innovation benefit in meaning
    [InlineData("Will ML engineering split into narrower niches over time?", "Emerging specializations")] // nearest the demand
    [InlineData("will this career still exist in ten years, what's changing?", "AutoML adoption")] // nearest the job security
    [InlineData("what's on the horizon for ML engineering?", "Emerging specializations")] // nearest the benefits
    [InlineData("What tools will ML engineers be developing in the future?", "New tool development")] // "tools" names a skill area
    public async Task Ask_AboutTheFuture_AnsweredFromASectionAboutTheFuture(string question, string expected)
    {
        var reply = await ShippedKnowledge.AskAsync(question);
        var main = PlainTextRenderer.RenderAnswer(reply);

        Assert.True(reply.Answered, main);
        Assert.Contains(expected, main, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("whats the job outlook for ml engineers", "Increasing demand across industries")]
    [InlineData("is there a future in ML engineering?", "Increasing demand across industries")]
    [InlineData("What's the growth outlook? Not salary growth, I mean how fast is the field itself growing?", "Increasing demand across industries")] // a rate, not how long
    public async Task Ask_WhetherTheJobLasts_IsAnsweredByTheDemand(string question, string expected)
    {
        var reply = await ShippedKnowledge.AskAsync(question);
        var main = PlainTextRenderer.RenderAnswer(reply);

        Assert.True(reply.Answered, main);
        Assert.Contains(expected, main, StringComparison.Ordinal);
    }
}
