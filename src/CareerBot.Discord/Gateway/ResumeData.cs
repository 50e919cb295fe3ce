namespace CareerBot.Discord.Gateway;

internal sealed record ResumeData(string Token, string SessionId, long? Seq);
