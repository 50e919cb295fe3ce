namespace CareerBot.Discord.Tests.Fakes;

/// <summary>An answer the fake REST API gives instead of its default, for matching requests, after <paramref name="Delay"/>.</summary>
internal sealed record ScriptedResponse(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan? Delay = null);
