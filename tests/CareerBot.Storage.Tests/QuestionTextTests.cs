namespace CareerBot.Storage.Tests;

public sealed class QuestionTextTests
{
    [Theory]
    [InlineData("How do I start?", "how do i start")]
    [InlineData("  how   do I START ", "how do i start")]
    [InlineData("What's an MLE?!", "whats an mle")]
    [InlineData("C++ / CUDA", "c cuda")]
    [InlineData("???", "")]
    public void Normalize_GroupsWhatDiffersOnlyInCaseSpacingAndPunctuation(string text, string expected) =>
        Assert.Equal(expected, QuestionText.Normalize(text));
}
