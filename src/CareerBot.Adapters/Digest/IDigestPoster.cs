namespace CareerBot.Adapters.Digest;

/// <summary>
/// Posts the weekly digest to a channel of one platform, through that adapter's own API client (its rate limits,
/// retries and mass-mention suppression). Each chat adapter registers one when it is configured.
/// </summary>
public interface IDigestPoster
{
    /// <summary>The platform's name as the setting spells it: <c>Slack</c>, <c>Discord</c>.</summary>
    string Platform { get; }

    /// <summary>Why <paramref name="channel"/> cannot take the digest (a malformed id, a missing token), or null when it can.</summary>
    string? CheckChannel(string channel);

    /// <summary>Posts the digest; throws when the platform refused it or could not be reached.</summary>
    Task PostAsync(string channel, WeeklyDigest digest, CancellationToken cancellationToken);
}
