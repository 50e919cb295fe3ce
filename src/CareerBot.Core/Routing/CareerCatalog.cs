using CareerBot.Core.Knowledge;

namespace CareerBot.Core.Routing;

/// <summary>The choices adapters offer, read from the loaded data files.</summary>
internal sealed class CareerCatalog(KnowledgeHost knowledge) : ICareerCatalog
{
    public IReadOnlyList<CatalogChoice> SalaryLevels => knowledge.Current.Knowledge.Salaries.Select(b => new CatalogChoice(b.Level, b.Title)).ToArray();

    public IReadOnlyList<CatalogChoice> LadderSteps => knowledge.Current.Knowledge.Ladder.Steps.Select(s => new CatalogChoice(s.Step, s.Title)).ToArray();

    public IReadOnlyList<CatalogChoice> SkillAreas => knowledge.Current.Knowledge.SkillAreas.Select(a => new CatalogChoice(a.Area, a.Title)).ToArray();
}
