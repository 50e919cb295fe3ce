namespace CareerBot.Discord.Interactions;

/// <summary>What a button does with the command it carries.</summary>
internal enum ButtonAction
{
    /// <summary>Run the command and show the answer to the clicker only.</summary>
    Run,

    /// <summary>Run the command and post the answer in the channel for everyone.</summary>
    Post,
}
