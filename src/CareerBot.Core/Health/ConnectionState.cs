namespace CareerBot.Core.Health;

/// <summary>One connection's state as its adapter last reported it.</summary>
/// <param name="Connected">True between "session ready" and "connection lost".</param>
/// <param name="Detail">Why it is not connected (a reason, never user data or tokens), or "connected".</param>
/// <param name="Since">When the state was reported.</param>
public sealed record ConnectionState(bool Connected, string Detail, DateTimeOffset Since);
