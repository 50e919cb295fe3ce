namespace CareerBot.Discord.Rendering;

/// <summary>Component type 1: a row of up to five buttons.</summary>
internal sealed record ActionRow(IReadOnlyList<Button> Components)
{
    public int Type => 1;
}
