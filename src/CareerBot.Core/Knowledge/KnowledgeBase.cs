namespace CareerBot.Core.Knowledge;

/// <summary>Everything loaded from a knowledge folder, validated.</summary>
/// <param name="NotCovered">Questions on topics the knowledge does not cover (<c>questions/not-covered*.txt</c>); none when null.</param>
internal sealed record KnowledgeBase(
    string Root,
    IReadOnlyList<GuideDocument> Documents,
    IReadOnlyList<SalaryBand> Salaries,
    IReadOnlyList<SkillArea> SkillAreas,
    CareerLadder Ladder,
    RoleComparison Roles,
    string Synonyms,
    OnboardingText Onboarding,
    IReadOnlyList<string>? NotCovered = null)
{
    public IEnumerable<GuideSection> Sections => Documents.SelectMany(d => d.Sections);
}
