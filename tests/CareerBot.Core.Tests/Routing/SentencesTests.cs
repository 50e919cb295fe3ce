using CareerBot.Core.Routing;

namespace CareerBot.Core.Tests.Routing;

public sealed class SentencesTests
{
    [Theory]
    [InlineData(
        "I've used Tableau for six years. My team is small. How would I start moving into ML engineering?",
        "How would I start moving into ML engineering?")]
    [InlineData("Hi! I'm a recruiter. What's the median range for that level?", "Hi! What's the median range for that level?")] // a greeting says nothing of the asker
    [InlineData("I work in marketing.\nWhat do ML engineers do?\nThanks.", "What do ML engineers do? Thanks.")]
    [InlineData("im an accountant. ive done Excel macros. where do i start?", "where do i start?")] // first person without apostrophes
    [InlineData("I've got a gaming PC with an Nvidia card - is GPU coding part of the job?", "is GPU coding part of the job?")] // a clause set off by a dash
    [InlineData("The director at my company asked me. What should I tell her?", "What should I tell her?")] // "my", "me": the asker's context
    [InlineData("Pharmacist from Cairo here. Give me the top reasons people choose it.", "Give me the top reasons people choose it.")] // an introduction, then a request
    public void WithoutAskersStatements_DropsTheFirstPersonStatements_KeepsTheQuestion(string message, string kept)
    {
        Assert.Equal(kept, Sentences.WithoutAskersStatements(message));
    }

    [Theory]
    [InlineData("I'm a data analyst, what would I earn as an MLE?")] // one sentence: the asker and the question are one
    [InlineData("I use Excel every day. I want to move into ML.")] // nothing asked: nothing to keep it for
    [InlineData("Tableau is popular. Do ML engineers use it?")] // a statement about the world, not the asker
    [InlineData("Should I get the AWS Certified Machine Learning - Specialty certification?")] // a dash inside a name: the part before asks
    public void WithoutAskersStatements_WhenNothingIsAboutTheAskerBesideAQuestion_KeepsTheMessage(string message)
    {
        Assert.Equal(message, Sentences.WithoutAskersStatements(message));
    }

    [Fact]
    public void Asked_ALongMessage_IsItsLastQuestion()
    {
        const string message = "I taught physics for eight years and wrote Python for my classes. Is that useful? What should I learn first?";

        Assert.Equal("What should I learn first?", Sentences.Asked(message));
    }

    [Theory]
    [InlineData("I teach. What should I learn first?")] // short: read whole
    [InlineData("What should an ML engineer learn first if they come from teaching physics for many years?")] // one sentence
    [InlineData("I taught physics for eight years and wrote a lot of Python for my classes. I want to learn ML.")] // no question
    public void Asked_AShortOrSingleOrUnaskingMessage_IsNull(string message)
    {
        Assert.Null(Sentences.Asked(message));
    }
}
