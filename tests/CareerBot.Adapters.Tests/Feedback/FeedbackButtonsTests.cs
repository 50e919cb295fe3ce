using CareerBot.Adapters.Feedback;
using CareerBot.Storage;

namespace CareerBot.Adapters.Tests.Feedback;

public sealed class FeedbackButtonsTests
{
    [Fact]
    public void EncodeThenDecode_GivesTheVoteAndTheAnswerBack_WithinDiscordsLimit()
    {
        var id = AnswerIds.New();

        var helpful = FeedbackButtons.Encode(helpful: true, id);
        var notHelpful = FeedbackButtons.Encode(helpful: false, id);

        Assert.Equal(new FeedbackClick(id, true), FeedbackButtons.Decode(helpful));
        Assert.Equal(new FeedbackClick(id, false), FeedbackButtons.Decode(notHelpful));
        Assert.True(helpful.Length <= 100);
        Assert.True(FeedbackButtons.IsFeedback(helpful));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("r:salary senior")]
    [InlineData("fb:y:")]
    [InlineData("fb:x:aaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("fb:y:not-an-answer-id")]
    [InlineData("fb:y:aaaaaaaaaaaaaaaaaaaaaa' OR 1=1 --")]
    public void Decode_AnythingElse_IsNull(string? token) => Assert.Null(FeedbackButtons.Decode(token));
}
