namespace CareerBot.Core.Knowledge;

/// <summary>Everything loaded from a knowledge folder, validated.</summary>
internal sealed record KnowledgeBase(
    string Root,
    IReadOnlyList<GuideDocument> Documents,
    IReadOnlyList<SalaryBand> Salaries,
    IReadOnlyList<SkillArea> SkillAreas,
    CareerLadder Ladder,
    RoleComparison Roles,
    string Synonyms,
    OnboardingText Onboarding)
{
    public IEnumerable<GuideSection> Sections => Documents.SelectMany(d => d.Sections);
}
