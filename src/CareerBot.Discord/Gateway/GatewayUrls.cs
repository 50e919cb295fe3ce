namespace CareerBot.Discord.Gateway;

internal static class GatewayUrls
{
    /// <summary><c>{url}/?v=10&amp;encoding=json</c> for the URL from <c>GET /gateway/bot</c> or READY's <c>resume_gateway_url</c>.</summary>
    public static Uri WithVersion(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var builder = new UriBuilder(url) { Query = "v=10&encoding=json" };
        if (string.IsNullOrEmpty(builder.Path))
        {
            builder.Path = "/";
        }

        return builder.Uri;
    }
}
