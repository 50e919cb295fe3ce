namespace CareerBot.Core.Knowledge;

/// <summary>A salary row of <c>knowledge/data/salaries.json</c>.</summary>
/// <param name="Level">The plain level name commands take (<c>entry</c>, <c>senior</c>).</param>
/// <param name="Title">How the guide names the role at that level.</param>
/// <param name="Aliases">Other words people use for the level.</param>
/// <param name="Min">Lower end of the range.</param>
/// <param name="Max">Upper end of the range.</param>
/// <param name="OpenEnded">True for the guide's "+" ranges (the top is not a cap).</param>
/// <param name="Currency">ISO currency code.</param>
/// <param name="Year">The year the figures describe.</param>
/// <param name="Basis">What the figures are (e.g. <c>median</c>).</param>
/// <param name="Source">The document the figures come from.</param>
internal sealed record SalaryBand(
    string Level,
    string Title,
    IReadOnlyList<string> Aliases,
    decimal Min,
    decimal Max,
    bool OpenEnded,
    string Currency,
    int Year,
    string Basis,
    string Source);
