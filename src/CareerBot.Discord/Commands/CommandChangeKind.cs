namespace CareerBot.Discord.Commands;

/// <summary>What <c>register-commands</c> did to a command, compared with what Discord had.</summary>
public enum CommandChangeKind
{
    Added,
    Updated,
    Removed,
    Unchanged,
}
