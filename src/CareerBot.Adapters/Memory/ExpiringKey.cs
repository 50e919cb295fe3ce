namespace CareerBot.Adapters.Memory;

/// <summary>A key to remember (an event id, a member join, ...) and for how long.</summary>
/// <param name="Value">The key, namespaced by its owner (<c>slack:event:Ev1</c>, <c>discord:welcome:g:u</c>).</param>
/// <param name="Lifetime">How long it is remembered after it was last claimed.</param>
public readonly record struct ExpiringKey(string Value, TimeSpan Lifetime);
