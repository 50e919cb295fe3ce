using System.Globalization;
using CareerBot.Core.Knowledge;

namespace CareerBot.Core.Lookups;

/// <summary>Formats salary figures exactly as the data holds them: "$160,000-$200,000+".</summary>
internal static class Money
{
    public static string Range(SalaryBand band) =>
        $"{Amount(band.Min, band.Currency)}-{Amount(band.Max, band.Currency)}{(band.OpenEnded ? "+" : string.Empty)}";

    public static string Amount(decimal value, string currency)
    {
        var number = value.ToString("#,0.##", CultureInfo.InvariantCulture);
        return currency.ToUpperInvariant() switch
        {
            "USD" => "$" + number,
            "EUR" => "€" + number,
            "GBP" => "£" + number,
            _ => $"{number} {currency.ToUpperInvariant()}",
        };
    }

    /// <summary>"2025 median salaries (USD)", from the rows themselves so team-added data says what it is.</summary>
    public static string Basis(IEnumerable<SalaryBand> bands)
    {
        var rows = bands.ToArray();
        var years = string.Join("/", rows.Select(b => b.Year).Distinct().Order());
        var bases = string.Join("/", rows.Select(b => b.Basis).Distinct());
        var currencies = string.Join("/", rows.Select(b => b.Currency).Distinct());
        return $"{years} {bases} salaries ({currencies})";
    }
}
