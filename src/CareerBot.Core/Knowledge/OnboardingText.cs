namespace CareerBot.Core.Knowledge;

/// <summary><c>knowledge/onboarding.md</c>: the greeting newcomers get, split into its parts.</summary>
internal sealed record OnboardingText(string Title, string Intro, IReadOnlyList<string> ExampleQuestions, IReadOnlyList<string> Commands);
