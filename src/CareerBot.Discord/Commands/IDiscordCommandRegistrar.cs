namespace CareerBot.Discord.Commands;

/// <summary><c>careerbot discord register-commands</c>: bulk-overwrites the slash commands and reports what changed.</summary>
public interface IDiscordCommandRegistrar
{
    /// <summary>Registers in one guild (instant; for development) or globally when <paramref name="guildId"/> is null.</summary>
    Task<IReadOnlyList<CommandChange>> RegisterAsync(string? guildId, CancellationToken cancellationToken);
}
