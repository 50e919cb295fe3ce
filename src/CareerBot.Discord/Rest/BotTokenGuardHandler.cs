using System.Net;

namespace CareerBot.Discord.Rest;

/// <summary>
/// Innermost handler: once a request that carried the bot token got 401, no further request with the token
/// leaves the process (Discord bans an IP after 10,000 invalid requests in 10 minutes).
/// </summary>
internal sealed class BotTokenGuardHandler(BotTokenGuard guard) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var usesToken = request.Options.TryGetValue(DiscordRoute.OptionKey, out var route) && route.UsesBotToken;
        if (usesToken && guard.IsRejected)
        {
            throw new BotTokenRejectedException();
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (usesToken && response.StatusCode == HttpStatusCode.Unauthorized)
        {
            guard.Reject();
            response.Dispose();
            throw new BotTokenRejectedException();
        }

        return response;
    }
}
