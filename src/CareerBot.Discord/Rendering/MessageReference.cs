namespace CareerBot.Discord.Rendering;

/// <summary>Makes a message a reply; <see cref="FailIfNotExists"/> false still sends it when the original is gone.</summary>
internal sealed record MessageReference(string MessageId, bool FailIfNotExists = false);
