using CareerBot.Adapters.Feedback;
using CareerBot.Storage;

namespace CareerBot.Adapters.Tests.Feedback;

public sealed class ShareButtonsTests
{
    [Fact]
    public void WithAnAnswerId_TheCommandAndTheIdComeBack()
    {
        var id = AnswerIds.New();

        Assert.Equal(new SharedAnswer("salary senior", id), ShareButtons.Decode(ShareButtons.Encode("salary senior", id)));
        Assert.Equal(new SharedAnswer("@someone asked this", id), ShareButtons.Decode(ShareButtons.Encode("@someone asked this", id)));
    }

    [Theory]
    [InlineData("salary senior")]
    [InlineData("@abcdefghijklmnopqrstuv looks like an id")]
    [InlineData("@")]
    public void WithoutAnId_TheCommandComesBackAsTyped_NeverTakenForAnId(string command)
    {
        Assert.Equal(new SharedAnswer(command, null), ShareButtons.Decode(ShareButtons.Encode(command, null)));
        Assert.Equal(new SharedAnswer(command, null), ShareButtons.Decode(ShareButtons.Encode(command, "not-an-id")));
    }

    [Fact]
    public void AButtonFromBeforeIdsWereCarried_IsItsCommand()
    {
        Assert.Equal(new SharedAnswer("salary senior", null), ShareButtons.Decode("salary senior"));
        Assert.Equal(new SharedAnswer(string.Empty, null), ShareButtons.Decode(null));
    }
}
