namespace CareerBot.Chat;

/// <summary>
/// Keys from the process's terminal, read without echo (the <see cref="LineEditor"/> draws the line itself).
/// Ctrl-C arrives as a key while the editor reads (<see cref="Console.TreatControlCAsInput"/>), so it ends
/// the chat on a fresh line instead of killing the process mid-line.
/// </summary>
internal sealed class ConsoleKeySource : IKeySource
{
    public ValueTask<ConsoleKeyInfo?> ReadKeyAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var treatControlCAsInput = Console.TreatControlCAsInput;
        Console.TreatControlCAsInput = true;
        try
        {
            return ValueTask.FromResult<ConsoleKeyInfo?>(Console.ReadKey(intercept: true));
        }
        catch (InvalidOperationException)
        {
            return ValueTask.FromResult<ConsoleKeyInfo?>(null); // the terminal went away
        }
        finally
        {
            Console.TreatControlCAsInput = treatControlCAsInput;
        }
    }
}
