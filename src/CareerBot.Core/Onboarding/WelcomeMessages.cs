using CareerBot.Core.Knowledge;
using CareerBot.Core.Replies;

namespace CareerBot.Core.Onboarding;

/// <summary>Builds the newcomer greeting from <c>knowledge/onboarding.md</c>; example questions become buttons.</summary>
internal sealed class WelcomeMessages(KnowledgeHost knowledge) : IWelcomeMessages
{
    public Reply BuildWelcome()
    {
        var onboarding = knowledge.Current.Knowledge.Onboarding;
        var blocks = new List<ReplyBlock>
        {
            ReplyBlock.Prose(onboarding.Intro),
            ReplyBlock.List("Try asking:", onboarding.ExampleQuestions),
        };
        if (onboarding.Commands.Count > 0)
        {
            blocks.Add(ReplyBlock.List("Commands:", onboarding.Commands));
        }

        return new Reply(
            Intent.Help,
            true,
            onboarding.Title,
            blocks,
            null,
            [],
            [],
            onboarding.ExampleQuestions.Take(3).Select(q => new FollowUp(q.Length <= 75 ? q : q[..72] + "...", "ask " + q)).ToArray());
    }
}
