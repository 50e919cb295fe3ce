namespace CareerBot.Core.Routing;

/// <summary>
/// The names adapters offer as choices (Discord option choices, Slack help): they come from the
/// knowledge data files, so a team that adds a level or a skill area sees it in every platform.
/// </summary>
public interface ICareerCatalog
{
    /// <summary>Salary levels (<c>entry</c>, <c>mid</c>, <c>senior</c>, <c>lead</c>, ...): value and display name.</summary>
    IReadOnlyList<CatalogChoice> SalaryLevels { get; }

    /// <summary>Career ladder steps in order (<c>junior</c> ... <c>director</c>).</summary>
    IReadOnlyList<CatalogChoice> LadderSteps { get; }

    /// <summary>Skill areas (<c>technical</c>, <c>mathematical</c>, <c>domain</c>).</summary>
    IReadOnlyList<CatalogChoice> SkillAreas { get; }
}
