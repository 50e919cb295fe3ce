namespace CareerBot.Discord.Interactions;

/// <summary>Command data (<c>name</c>, <c>options</c>) or component data (<c>custom_id</c>).</summary>
internal sealed record InteractionData(string? Name, IReadOnlyList<InteractionOption>? Options, string? CustomId);
