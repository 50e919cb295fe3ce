namespace CareerBot.Core.Routing;

/// <summary>A choice: the plain value the command grammar takes (e.g. <c>senior</c>) and a display name.</summary>
public sealed record CatalogChoice(string Value, string Name);
