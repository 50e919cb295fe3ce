using System.Globalization;

namespace CareerBot.Core.Knowledge;

/// <summary>Turns the validated JSON of <c>knowledge/data/</c> into records.</summary>
internal static class KnowledgeDataParser
{
    public static IReadOnlyList<SalaryBand> Salaries(DataFile data)
    {
        var rows = data.Array(data.Root, string.Empty, "levels");
        var bands = new List<SalaryBand>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var path = $"levels[{i}]";
            var band = new SalaryBand(
                Level: Key(data, data.String(row, path, "level"), $"{path}.level"),
                Title: data.String(row, path, "title"),
                Aliases: data.Strings(row, path, "aliases", optional: true),
                Min: data.Number(row, path, "min"),
                Max: data.Number(row, path, "max"),
                OpenEnded: data.Boolean(row, path, "openEnded", fallback: false),
                Currency: data.String(row, path, "currency"),
                Year: (int)data.Number(row, path, "year"),
                Basis: data.OptionalString(row, path, "basis") ?? "median",
                Source: data.String(row, path, "source"));
            data.NoOtherFields(row, path, "level", "title", "aliases", "min", "max", "openEnded", "currency", "year", "basis", "source");
            if (band.Min < 0 || band.Max < band.Min)
            {
                throw data.Error($"{path}.max", $"must be at least min ({band.Min.ToString(CultureInfo.InvariantCulture)}), found {band.Max.ToString(CultureInfo.InvariantCulture)}");
            }

            if (band.Currency.Length != 3)
            {
                throw data.Error($"{path}.currency", $"must be a three-letter code like USD, found \"{band.Currency}\"");
            }

            if (bands.Any(b => b.Level == band.Level))
            {
                throw data.Error($"{path}.level", $"'{band.Level}' is listed twice");
            }

            bands.Add(band);
        }

        data.NoOtherFields(data.Root, string.Empty, "levels");
        return bands;
    }

    public static IReadOnlyList<SkillArea> Skills(DataFile data)
    {
        var rows = data.Array(data.Root, string.Empty, "areas");
        var areas = new List<SkillArea>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var path = $"areas[{i}]";
            var itemRows = data.Array(row, path, "items");
            var items = itemRows.Select((item, j) =>
            {
                var itemPath = $"{path}.items[{j}]";
                var skill = new SkillItem(data.String(item, itemPath, "name"), data.Strings(item, itemPath, "keywords", optional: true));
                data.NoOtherFields(item, itemPath, "name", "keywords");
                return skill;
            }).ToArray();
            var area = new SkillArea(
                Area: Key(data, data.String(row, path, "area"), $"{path}.area"),
                Title: data.String(row, path, "title"),
                Lead: data.OptionalString(row, path, "lead") ?? string.Empty,
                Aliases: data.Strings(row, path, "aliases", optional: true),
                Items: items,
                Source: data.String(row, path, "source"));
            data.NoOtherFields(row, path, "area", "title", "lead", "aliases", "source", "items");
            if (areas.Any(a => a.Area == area.Area))
            {
                throw data.Error($"{path}.area", $"'{area.Area}' is listed twice");
            }

            areas.Add(area);
        }

        data.NoOtherFields(data.Root, string.Empty, "areas");
        return areas;
    }

    public static CareerLadder Ladder(DataFile data, IReadOnlyList<SalaryBand> salaries)
    {
        var source = data.String(data.Root, string.Empty, "source");
        var rows = data.Array(data.Root, string.Empty, "ladder");
        var steps = new List<LadderStep>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var path = $"ladder[{i}]";
            var step = new LadderStep(
                Key(data, data.String(row, path, "step"), $"{path}.step"),
                data.String(row, path, "title"),
                data.Strings(row, path, "aliases", optional: true),
                data.OptionalString(row, path, "salaryLevel"));
            data.NoOtherFields(row, path, "step", "title", "aliases", "salaryLevel");
            if (step.SalaryLevel is not null && salaries.All(s => s.Level != step.SalaryLevel))
            {
                throw data.Error($"{path}.salaryLevel", $"'{step.SalaryLevel}' is not a level in salaries.json ({string.Join(", ", salaries.Select(s => s.Level))})");
            }

            if (steps.Any(s => s.Step == step.Step))
            {
                throw data.Error($"{path}.step", $"'{step.Step}' is listed twice");
            }

            steps.Add(step);
        }

        var ladder = new CareerLadder(steps, data.Strings(data.Root, string.Empty, "entryRequirements"), source);
        data.NoOtherFields(data.Root, string.Empty, "source", "ladder", "entryRequirements");
        return ladder;
    }

    public static RoleComparison Roles(DataFile data)
    {
        var rows = data.Array(data.Root, string.Empty, "roles");
        var roles = rows.Select((row, i) =>
        {
            var path = $"roles[{i}]";
            var role = new RoleProfile(
                Key(data, data.String(row, path, "role"), $"{path}.role"),
                data.String(row, path, "title"),
                data.Strings(row, path, "aliases", optional: true),
                data.String(row, path, "focus"));
            data.NoOtherFields(row, path, "role", "title", "aliases", "focus");
            return role;
        }).ToArray();
        if (roles.Length < 2)
        {
            throw data.Error("roles", "needs at least two roles to compare");
        }

        var comparison = new RoleComparison(
            data.OptionalString(data.Root, string.Empty, "summary"),
            roles,
            data.Strings(data.Root, string.Empty, "differences", optional: true),
            data.Strings(data.Root, string.Empty, "overlaps"),
            data.String(data.Root, string.Empty, "source"));
        data.NoOtherFields(data.Root, string.Empty, "source", "summary", "roles", "differences", "overlaps");
        return comparison;
    }

    private static string Key(DataFile data, string value, string path)
    {
        var key = value.ToLowerInvariant();
        return key.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            ? key
            : throw data.Error(path, $"'{value}' must be a plain name (letters, digits, dashes), as users type it in commands");
    }
}
