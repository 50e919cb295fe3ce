namespace CareerBot.Core.Routing;

/// <summary>Skeleton until the data files are loaded by the engine work.</summary>
internal sealed class SkeletonCatalog : ICareerCatalog
{
    public IReadOnlyList<CatalogChoice> SalaryLevels { get; } =
        [new("entry", "Entry-level"), new("mid", "Mid-level"), new("senior", "Senior"), new("lead", "Lead/Principal")];

    public IReadOnlyList<CatalogChoice> LadderSteps { get; } =
        [new("junior", "Junior ML Engineer"), new("senior", "Senior ML Engineer"), new("lead", "Lead ML Engineer"), new("architect", "ML Architect"), new("director", "AI/ML Director")];

    public IReadOnlyList<CatalogChoice> SkillAreas { get; } =
        [new("technical", "Technical skills"), new("mathematical", "Mathematical foundation"), new("domain", "Domain knowledge")];
}
