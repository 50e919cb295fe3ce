using CareerBot.Core.Replies;
using CareerBot.Core.Tests.TestSupport;

namespace CareerBot.Core.Tests.Lookups;

/// <summary>Class 4: ladder questions other than "what comes after X".</summary>
public sealed class LadderQuestionsTests
{
    [Theory]
    [InlineData("which comes first, ML architect or lead ML engineer?", "Lead ML Engineer comes before ML Architect")]
    [InlineData("is senior above or below lead?", "Senior ML Engineer is below Lead ML Engineer")]
    [InlineData("how many steps are there between junior and director?", "four steps above Junior ML Engineer")]
    [InlineData("how far is it from senior to director", "AI/ML Director is three steps above Senior ML Engineer")]
    [InlineData("what's the top of the ML engineering ladder?", "The top of the ladder in the guide is AI/ML Director")]
    [InlineData("where does the ML career ladder start?", "The ladder starts at Junior ML Engineer")]
    [InlineData("how do I become an ML architect?", "Before ML Architect comes Lead ML Engineer")]
    [InlineData("what's the highest level an ML engineer can reach?", "The top of the ladder in the guide is AI/ML Director.")]
    [InlineData("what is the lowest level on the ladder?", "The ladder starts at Junior ML Engineer.")]
    [InlineData("where does ML architect sit on the ladder?", "ML Architect is step 4 of 5 on the ladder, above Lead ML Engineer and below AI/ML Director.")]
    [InlineData("what's right below lead and what's right above it?", "Lead ML Engineer is step 3 of 5 on the ladder, above Senior ML Engineer and below ML Architect.")] // both sides asked
    [InlineData("where does a junior fit in the career ladder", "Junior ML Engineer is step 1 of 5 on the ladder, its first step, below Senior ML Engineer.")]
    [InlineData("where is the director on the ladder?", "AI/ML Director is step 5 of 5 on the ladder, its top, above ML Architect.")]
    [InlineData("what's the highest title you can reach on this track", "The top of the ladder in the guide is AI/ML Director.")]
    [InlineData("how high can an ML engineer climb?", "The top of the ladder in the guide is AI/ML Director.")]
    [InlineData("after junior and senior, what titles come next?", "After Senior ML Engineer comes Lead ML Engineer.")] // the higher of the two named
    [InlineData("what comes after junior and before lead?", "Junior ML Engineer comes before Lead ML Engineer")]
    [InlineData("whats the highest you can go on the ML engineer track", "The top of the ladder in the guide is AI/ML Director.")]
    [InlineData("what's the most senior position you can reach on the MLE ladder?", "The top of the ladder in the guide is AI/ML Director.")] // no rung named
    [InlineData("what's the most junior role?", "The ladder starts at Junior ML Engineer.")]
    [InlineData("is lead ML engineer the step directly after senior?", "Lead ML Engineer is one step above Senior ML Engineer")] // yes or no: their order
    [InlineData("levels in ML engineering from bottom to top pls", "five steps, from Junior ML Engineer up to AI/ML Director")]
    [InlineData("I'm a senior MLE with 6 yrs under my belt. What should I be aiming for next?", "After Senior ML Engineer comes Lead ML Engineer.")] // an idiom, not "under"
    public async Task Path_OrderStepsEndsPositionAndTheWayUp(string question, string expected)
    {
        var reply = await ShippedKnowledge.AskAsync(question);

        Assert.Equal(Intent.Path, reply.Intent);
        Assert.True(reply.Answered);
        Assert.Contains(expected, PlainTextRenderer.RenderAnswer(reply), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("levels in ML engineering from bottom to top pls")]
    [InlineData("list the ML engineer titles from lowest to highest")]
    public async Task Path_BothEndsAsked_IsTheWholeLadderNotOneEnd(string question)
    {
        var reply = await ShippedKnowledge.AskAsync(question);
        var answer = PlainTextRenderer.RenderAnswer(reply);

        Assert.Equal(Intent.Path, reply.Intent);
        Assert.DoesNotContain("The top of the ladder", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("The ladder starts at", answer, StringComparison.Ordinal);
        Assert.Contains("Junior ML Engineer", answer, StringComparison.Ordinal);
        Assert.Contains("AI/ML Director", answer, StringComparison.Ordinal);
    }
}
