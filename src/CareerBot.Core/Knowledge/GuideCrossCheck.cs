using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerBot.Core.Knowledge;

/// <summary>
/// One source of truth: the facts in <c>data/*.json</c> that the guide also states (salary figures, the ladder,
/// the skills, the roles) must agree with the guide's sections, or loading stops with an error that names both
/// places. Otherwise a team that edits one gets two different answers (the lookup from the data, a search hit
/// from the guide). Rules, so a team's own additions stay free:
/// <list type="bullet">
/// <item>a guide list item "Title: $min-$max[+]" whose title is a salary row's title must carry that row's figures;</item>
/// <item>a guide section whose list shares most of its items with a data list (a skill area, the ladder, the entry
/// requirements, the role differences or overlaps) must list exactly that data list's items.</item>
/// </list>
/// </summary>
internal static partial class GuideCrossCheck
{
    private const string SalariesFile = "data/salaries.json";
    private const string SkillsFile = "data/skills.json";
    private const string LadderFile = "data/career-path.json";
    private const string RolesFile = "data/roles.json";

    public static void Verify(IReadOnlyList<GuideDocument> documents, IReadOnlyList<SalaryBand> salaries, IReadOnlyList<SkillArea> skills, CareerLadder ladder, RoleComparison roles)
    {
        var sections = documents.SelectMany(d => d.Sections.Select(s => (Document: d, Section: s))).ToArray();
        VerifySalaries(sections, salaries);
        for (var i = 0; i < skills.Count; i++)
        {
            VerifyList(sections, SkillsFile, $"areas[{i}].items", skills[i].Items.Select(item => item.Name).ToArray(), skills[i].Title);
        }

        VerifyList(sections, LadderFile, "ladder", ladder.Steps.Select(s => s.Title).ToArray(), null);
        VerifyList(sections, LadderFile, "entryRequirements", ladder.EntryRequirements, null);
        VerifyList(sections, RolesFile, "roles[].focus + differences", roles.Roles.Select(r => $"{r.Title}: {r.Focus}").Concat(roles.Differences).ToArray(), null);
        VerifyList(sections, RolesFile, "overlaps", roles.Overlaps, null);
    }

    private static void VerifySalaries((GuideDocument Document, GuideSection Section)[] sections, IReadOnlyList<SalaryBand> salaries)
    {
        foreach (var (document, section) in sections)
        {
            foreach (var item in section.Items)
            {
                var match = SalaryLine().Match(item);
                if (!match.Success)
                {
                    continue;
                }

                var title = match.Groups["title"].Value.Trim();
                var index = salaries.ToList().FindIndex(b => string.Equals(b.Title, title, StringComparison.OrdinalIgnoreCase));
                if (index < 0)
                {
                    continue; // a figure for a role the data does not have: the guide's own prose
                }

                var band = salaries[index];
                var min = Amount(match.Groups["min"].Value);
                var max = Amount(match.Groups["max"].Value);
                var open = match.Groups["plus"].Success;
                if (min != band.Min || max != band.Max || open != band.OpenEnded)
                {
                    throw new KnowledgeException(
                        SalariesFile,
                        $"levels[{index}] ({band.Title})",
                        $"min {Plain(band.Min)}, max {Plain(band.Max)}{(band.OpenEnded ? ", open-ended" : string.Empty)} disagrees with {Where(document, section)}, which says \"{item}\"; make the data and the guide state the same figures");
                }
            }
        }
    }

    /// <summary>The guide section whose list is mostly this data list must be exactly this list (in any order).</summary>
    private static void VerifyList((GuideDocument Document, GuideSection Section)[] sections, string file, string field, IReadOnlyList<string> data, string? heading)
    {
        if (data.Count == 0)
        {
            return;
        }

        var wanted = new HashSet<string>(data.Select(Normalise), StringComparer.Ordinal);
        var candidates = sections
            .Select(s => (s.Document, s.Section, Shared: s.Section.Items.Count(i => wanted.Contains(Normalise(i)))))
            .Where(s => (heading is not null && string.Equals(s.Section.Heading, heading, StringComparison.OrdinalIgnoreCase) && s.Section.Items.Count > 0)
                || (s.Shared >= 2 && s.Shared * 2 >= Math.Max(data.Count, s.Section.Items.Count)))
            .OrderByDescending(s => heading is not null && string.Equals(s.Section.Heading, heading, StringComparison.OrdinalIgnoreCase))
            .ThenByDescending(s => s.Shared)
            .ToArray();
        if (candidates.Length == 0)
        {
            return; // the guide does not state this list (a team's own data): nothing to disagree with
        }

        var (document, section, _) = candidates[0];
        var stated = new HashSet<string>(section.Items.Select(Normalise), StringComparer.Ordinal);
        var missing = data.FirstOrDefault(d => !stated.Contains(Normalise(d)));
        if (missing is not null)
        {
            throw new KnowledgeException(file, field, $"\"{missing}\" is not in {Where(document, section)}, which lists: {string.Join("; ", section.Items)}; make the data and the guide state the same facts");
        }

        var extra = section.Items.FirstOrDefault(i => !wanted.Contains(Normalise(i)));
        if (extra is not null)
        {
            throw new KnowledgeException(file, field, $"{Where(document, section)} lists \"{extra}\", which the data does not have; make the data and the guide state the same facts");
        }
    }

    private static string Where(GuideDocument document, GuideSection section) => $"{document.File} › {section.Heading}";

    private static string Normalise(string text) => string.Join(' ', text.ToLowerInvariant().Replace('’', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');

    private static decimal Amount(string text) => decimal.Parse(text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);

    private static string Plain(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<title>[^:]+):\s*[$€£]?\s*(?<min>\d[\d,]*(?:\.\d+)?)\s*[-–]\s*[$€£]?\s*(?<max>\d[\d,]*(?:\.\d+)?)(?<plus>\+)?\s*$")]
    private static partial Regex SalaryLine();
}
