using CareerBot.Discord.Configuration;
using CareerBot.Discord.Rest;
using Microsoft.Extensions.Options;

namespace CareerBot.Discord.Gateway;

/// <summary>
/// <c>GET /gateway/bot</c>, asked once and again only after a failed connect; feeds the Identify budget to
/// <see cref="IdentifyGate"/>. <see cref="DiscordOptions.GatewayUrl"/> overrides the address it returns.
/// </summary>
internal sealed class GatewayInfoProvider(DiscordRestClient rest, IdentifyGate identifyGate, IOptions<DiscordOptions> options) : IDisposable
{
    private static readonly Uri DefaultGateway = new("wss://gateway.discord.gg/");
    private readonly SemaphoreSlim gate = new(1, 1);
    private GatewayBotInfo? cached;

    public async Task<GatewayBotInfo> GetAsync(bool refresh, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (cached is null || refresh)
            {
                cached = await rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
                if (cached.SessionStartLimit is { } limit)
                {
                    identifyGate.Update(limit);
                }
            }

            return cached;
        }
        finally
        {
            gate.Release();
        }
    }

    public Uri ConnectUrl(GatewayBotInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        var url = options.Value.GatewayUrl
            ?? (Uri.TryCreate(info.Url, UriKind.Absolute, out var returned) ? returned : DefaultGateway);
        return GatewayUrls.WithVersion(url);
    }

    public void Dispose() => gate.Dispose();
}
