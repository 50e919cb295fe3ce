using CareerBot.Core.Knowledge;
using CareerBot.Core.Replies;
using CareerBot.Core.Routing;

namespace CareerBot.Core.Lookups;

/// <summary><c>salary compare a b</c>: two (or more) levels side by side in a small table.</summary>
internal sealed class SalaryCompareHandler : ICommandHandler
{
    public string Name => CommandNames.SalaryCompare;

    public ValueTask<Reply> HandleAsync(BotCommand command, KnowledgeSnapshot snapshot, CancellationToken cancellationToken)
    {
        var asked = LevelMatcher.SalaryLevels(Phrase.Of(command.Corrected), snapshot.Knowledge.Salaries);
        return ValueTask.FromResult(asked.Count switch
        {
            >= 2 => Build(asked, snapshot),
            _ => SalaryHandler.AllLevels(
                snapshot,
                $"To compare, name two levels, e.g. \"salary compare {snapshot.Knowledge.Salaries[0].Level} {snapshot.Knowledge.Salaries[^1].Level}\". Here are all of them."),
        });
    }

    internal static Reply Build(IReadOnlyList<SalaryBand> bands, KnowledgeSnapshot snapshot)
    {
        var ordered = snapshot.Knowledge.Salaries.Where(bands.Contains).ToArray();
        return new Reply(
            Intent.Salary,
            true,
            string.Join(" vs ", ordered.Select(b => b.Title)),
            [ReplyBlock.Prose($"{Capitalise(Money.Basis(ordered))}, side by side:")], // the rows are the table's alone
            new ReplyTable(["Level", "Range", "Year"], ordered.Select(b => (IReadOnlyList<string>)[b.Title, Money.Range(b), b.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)]).ToArray()),
            [],
            SourceFinder.ForAll(snapshot, ordered.Select(b => (SalaryHandler.Fact(b), b.Source))),
            [new FollowUp("All levels", "salary"), new FollowUp("Career path", "path")],
            SalaryHandler.Footnote(ordered));
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
