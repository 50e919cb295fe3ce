namespace CareerBot.Storage;

/// <summary>
/// The store cannot be used as configured (a newer schema, a locked or read-only file, a bad key): the message says
/// what is wrong and which setting to change; start-up stops with it.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
