using CareerBot.Core.Replies;
using CareerBot.Core.Routing;
using CareerBot.Core.Semantic;
using CareerBot.Core.Tests.TestSupport;

namespace CareerBot.Core.Tests.Routing;

/// <summary>Classes 1 and 5: meaning without the guide's words, and routing between the lookups.</summary>
public sealed class MeaningRoutingTests
{
    [Fact]
    public void Decide_ClearWinnerAboveTheBar_Routes()
    {
        Assert.Equal("path", MeaningRouter.Decide([new IntentScore("path", 0.7), new IntentScore("ask", 0.5)]));
    }

    [Fact]
    public void Decide_TooCloseOrTooFar_LeavesItToTheRules()
    {
        Assert.Null(MeaningRouter.Decide([new IntentScore("path", 0.60), new IntentScore("compare", 0.59)]));
        Assert.Null(MeaningRouter.Decide([new IntentScore("path", 0.30), new IntentScore("compare", 0.10)]));
        Assert.Null(MeaningRouter.Decide([]));
    }

    [Theory]
    [InlineData("compare pay across levels", Intent.Salary, "$300,000")]
    [InlineData("how do the two roles overlap?", Intent.Compare, "Programming proficiency")]
    [InlineData("which maths topics matter the most for the job?", Intent.Skills, "Linear algebra")]
    public async Task FreeText_RoutedByWhatItMeans(string question, Intent intent, string expected)
    {
        var reply = await ShippedKnowledge.AskAsync(question);

        Assert.Equal(intent, reply.Intent);
        Assert.Contains(expected, PlainTextRenderer.RenderAnswer(reply), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what kinds of questions can i throw at you?", Intent.Help)]
    [InlineData("what kind of stuff do you know", Intent.Help)]
    [InlineData("what kind of things can I ask here", Intent.Help)]
    [InlineData("what kind of questions do they ask in ML engineer interviews?", Intent.Ask)] // near help in meaning, but not about the bot
    public async Task FreeText_HelpOnlyWhenTheQuestionSpeaksToTheBot(string question, Intent intent)
    {
        var reply = await ShippedKnowledge.AskAsync(question);

        Assert.Equal(intent, reply.Intent);
    }

    [Theory]
    [InlineData("what qualifications do employers look for when hiring ML engineers?", "Bachelor")]
    [InlineData("what is required for becoming a machine learning engineer?", "Bachelor")] // a skill word, but the search finds the entry requirements
    [InlineData("What are the requirements for becoming a machine learning engineer?", "Bachelor")]
    [InlineData("what responsibilities would I have in an ML engineer role?", "Data pipeline")] // nearest the skills questions, but the search finds the duties
    [InlineData("which sectors employ people in this job?", "industr")]
    [InlineData("what's the current state of hiring for machine learning engineers?", "demand")]
    [InlineData("How does optimization show up in an ML engineer's actual responsibilities, not the maths side?", "Model training and optimization")]
    [InlineData("are soft skills important for ML engineers?", "problem-solving")] // a kind of skill the skill lists do not hold
    [InlineData("do ML engineers need good social skills?", "problem-solving")]
    public async Task Ask_MeaningWithoutTheGuidesWords_MainAnswerFromTheRightSection(string question, string expected)
    {
        var reply = await ShippedKnowledge.AskAsync(question);

        Assert.True(reply.Answered);
        Assert.Contains(expected, PlainTextRenderer.RenderAnswer(reply), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("how secure is this job long term?", Intent.Ask, "Long-term job security")] // near pay in meaning; words and meaning say demand
    [InlineData("ML intern hourly rate?", Intent.Salary, "no salary figures for")] // "rate", a word the guide lacks, is the pay word
    public async Task FreeText_NearThePayQuestions_GoesToThePayOnlyWhenNothingElseAnswers(string question, Intent intent, string expected)
    {
        var reply = await ShippedKnowledge.AskAsync(question);

        Assert.Equal(intent, reply.Intent);
        Assert.Contains(expected, PlainTextRenderer.RenderAnswer(reply), StringComparison.OrdinalIgnoreCase);
    }
}
