using CareerBot.Core.Conversations;

namespace CareerBot.Core.Tests.Conversations;

public sealed class FollowUpWordsTests
{
    [Theory]
    [InlineData("should i learn first")]
    [InlineData("is the hardest part")]
    [InlineData("is the easiest way in")]
    [InlineData("matters most")]
    [InlineData("should i start with")]
    [InlineData("should i prioritise")]
    [InlineData("is better")]
    public void Ranking_AJudgementOfTheItems_IsRanking(string pick)
    {
        Assert.Matches(FollowUpWords.Ranking(), pick);
    }

    [Theory]
    [InlineData("is about keeping models healthy once they're live")]
    [InlineData("deals with pictures and video")]
    [InlineData("would interest a statistician")] // "-est" words that are no superlative
    [InlineData("is about testing and honest reporting")]
    public void Ranking_WhatAnItemIsAbout_IsNotRanking(string pick)
    {
        Assert.DoesNotMatch(FollowUpWords.Ranking(), pick);
    }

    [Theory]
    [InlineData("what else do employers look for besides that?", true)]
    [InlineData("apart from those, what do hiring managers expect?", true)]
    [InlineData("other than this, is there anything they check", true)]
    [InlineData("what matters in addition to that?", true)]
    [InlineData("besides that course, what should I take?", false)] // a thing named, not the answer
    [InlineData("what else is there besides coding?", false)]
    [InlineData("is that all?", false)]
    public void SetsAsideTheAnswer_AReferenceToTheAnswerSetAside(string question, bool setsAside)
    {
        Assert.Equal(setsAside, FollowUpWords.SetsAsideTheAnswer().IsMatch(question));
    }

    [Theory]
    [InlineData("how big are those bonuses usually?", true)]
    [InlineData("how large is the equity grant?", true)]
    [InlineData("how much are stock options worth?", true)]
    [InlineData("how big is the team?", false)]
    [InlineData("is it worth it?", false)]
    public void Worth_AsksWhatMoneyIsWorth(string question, bool worth)
    {
        Assert.Equal(worth, FollowUpWords.Worth().IsMatch(question));
    }

    [Theory]
    [InlineData("does that include bonuses and stock?", true)]
    [InlineData("is that before or after tax?", true)]
    [InlineData("is that base pay only or total comp?", true)]
    [InlineData("is that just base?", true)]
    [InlineData("does that include watching the models after they go live?", false)]
    [InlineData("what comes before senior?", false)]
    public void FiguresBasis_AsksWhatPayFiguresCount(string question, bool basis)
    {
        Assert.Equal(basis, FollowUpWords.FiguresBasis().IsMatch(question));
    }
}
