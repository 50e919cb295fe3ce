using CareerBot.Core.Replies;

namespace CareerBot.Core.Onboarding;

/// <summary>The shared newcomer greeting, built from <c>knowledge/onboarding.md</c>.</summary>
public interface IWelcomeMessages
{
    /// <summary>The greeting as a reply record; adapters add the platform's mention of the newcomer.</summary>
    Reply BuildWelcome();
}
