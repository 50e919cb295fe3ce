namespace CareerBot.Discord.Configuration;

/// <summary>Discord ids ("snowflakes") travel as decimal strings of a 64-bit unsigned number.</summary>
internal static class Snowflake
{
    public static bool IsValid(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= 20 && value.All(char.IsAsciiDigit) && ulong.TryParse(value, out _);
}
