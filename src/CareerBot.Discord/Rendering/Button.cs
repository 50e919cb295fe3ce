namespace CareerBot.Discord.Rendering;

/// <summary>Component type 2. Styles: 1 primary, 2 secondary.</summary>
internal sealed record Button(int Style, string Label, string CustomId)
{
    public const int Primary = 1;
    public const int Secondary = 2;

    public int Type => 2;
}
