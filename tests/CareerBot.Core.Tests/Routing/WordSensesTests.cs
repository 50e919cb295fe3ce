using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using CareerBot.Core.Tests.TestSupport;

namespace CareerBot.Core.Tests.Routing;

public sealed class WordSensesTests
{
    [Theory]
    [InlineData("What should I be looking for on a CV?", "What should I be looking for on a resume?")]
    [InlineData("what do hiring managers wanna see on a cv before they'll interview you", "what do hiring managers wanna see on a resume before they'll interview you")]
    [InlineData("will certs on my CV help?", "will certs on my resume help?")]
    [InlineData("how should I polish their CVs", "how should I polish their resumes")]
    public void Disambiguate_ACvOfAJobSeeker_IsAResume(string text, string expected)
    {
        Assert.Equal(expected, WordSenses.Disambiguate(text));
    }

    [Theory]
    [InlineData("do ML engineers need CV skills?")]
    [InlineData("is experience in CV useful for an MLE?")]
    [InlineData("should I build a CV model for my portfolio?")]
    [InlineData("what does the CV side of ML involve?")]
    public void Disambiguate_ComputerVision_IsLeftAsItIs(string text)
    {
        Assert.Equal(text, WordSenses.Disambiguate(text));
    }

    [Theory]
    [InlineData("is it a safe job in the long run?", "is it a safe job in the long term?")]
    [InlineData("will it pay off over the long haul", "will it pay off over the long term")]
    [InlineData("can I run models in the long run-up to launch", "can I run models in the long run-up to launch")] // no idiom here
    public void Disambiguate_TheLongRun_IsTheLongTerm(string text, string expected)
    {
        Assert.Equal(expected, WordSenses.Disambiguate(text));
    }

    [Fact]
    public async Task Ask_HowSecureInTheLongRun_IsTheGrowingDemandNotThePay()
    {
        var reply = await ShippedKnowledge.AskAsync("how secure is an ML engineering job in the long run?");

        Assert.Contains("Long-term job security", PlainTextRenderer.Render(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_WhatToLookForOnACv_IsAnsweredByTheEntryRequirements()
    {
        var reply = await ShippedKnowledge.AskAsync("I'm a recruiter hiring our first ML engineer. What should I be looking for on a CV?");

        Assert.Equal("Entry Requirements", reply.Title);
    }
}
