namespace CareerBot.Adapters.Memory;

/// <summary>Keeps short strings for a while under a key (a long follow-up command behind a button).</summary>
public interface IExpiringValueStore
{
    void Set(string key, string value, TimeSpan lifetime);

    /// <summary>The value, or null when it was never set, has expired or was forgotten to stay bounded.</summary>
    string? Find(string key);
}
