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
    private readonly SemaphoreSlim _gate = new(1, 1);
    private GatewayBotInfo? _cached;

    public async Task<GatewayBotInfo> GetAsync(bool refresh, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_cached is null || refresh)
            {
                _cached = await rest.GetGatewayBotAsync(cancellationToken);
                if (_cached.SessionStartLimit is { } limit)
                {
                    identifyGate.Update(limit);
                }
            }

            return _cached;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Uri ConnectUrl(GatewayBotInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        var url = options.Value.GatewayUrl
            ?? (Uri.TryCreate(info.Url, UriKind.Absolute, out var returned) ? returned : DefaultGateway);
        return GatewayUrls.WithVersion(url);
    }

    public void Dispose() => _gate.Dispose();
}
