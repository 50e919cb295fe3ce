namespace CareerBot.Storage;

/// <summary>Response times of one intent, in milliseconds.</summary>
public sealed record IntentTiming(string Intent, int Count, double MedianMs, double P95Ms, double MaxMs);
