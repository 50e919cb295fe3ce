using CareerBot.Core.Onboarding;
using CareerBot.Core.Replies;
using CareerBot.Core.Tests.TestSupport;

namespace CareerBot.Core.Tests.Onboarding;

public sealed class WelcomeMessagesTests
{
    [Fact]
    public void BuildWelcome_UsesTheOnboardingFile()
    {
        var welcome = ShippedKnowledge.Get<IWelcomeMessages>().BuildWelcome();
        var text = PlainTextRenderer.Render(welcome);

        Assert.Equal("Welcome! I'm CareerBot", welcome.Title);
        Assert.Contains("What comes after senior ML engineer?", text, StringComparison.Ordinal);
        Assert.Contains("salary [level]", text, StringComparison.Ordinal);
        Assert.Equal(3, welcome.FollowUps.Count);
        Assert.All(welcome.FollowUps, f => Assert.StartsWith("ask ", f.Command, StringComparison.Ordinal));
    }
}
