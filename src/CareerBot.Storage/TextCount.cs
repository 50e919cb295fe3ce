namespace CareerBot.Storage;

/// <summary>A question as it was asked most often in its group, and how often the group was asked.</summary>
public sealed record TextCount(string Text, int Count);
