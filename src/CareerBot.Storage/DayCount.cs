namespace CareerBot.Storage;

/// <summary>Questions on one UTC day.</summary>
public sealed record DayCount(DateOnly Day, int Questions, int Answered);
