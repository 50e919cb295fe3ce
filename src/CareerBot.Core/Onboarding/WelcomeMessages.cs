using CareerBot.Core.Replies;

namespace CareerBot.Core.Onboarding;

/// <summary>Skeleton; the engine work builds it from knowledge/onboarding.md.</summary>
public sealed class WelcomeMessages : IWelcomeMessages
{
    public Reply BuildWelcome() => new(Intent.Help, true, "Welcome", [], null, [], [], []);
}
