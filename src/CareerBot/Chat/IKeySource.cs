namespace CareerBot.Chat;

/// <summary>Key presses for the <see cref="LineEditor"/>: the console's in production, a script in tests.</summary>
internal interface IKeySource
{
    /// <summary>The next key, or null when no more keys will come (treated like Ctrl-D).</summary>
    ValueTask<ConsoleKeyInfo?> ReadKeyAsync(CancellationToken cancellationToken);
}
