using System.Text;
using NSec.Cryptography;

namespace CareerBot.Discord.Tests.Fakes;

/// <summary>Plays Discord's side of the HTTP endpoint: a real Ed25519 key pair signing <c>timestamp + body</c>.</summary>
internal sealed class InteractionSigner : IDisposable
{
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });

    public string PublicKeyHex => Convert.ToHexString(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey)).ToLowerInvariant();

    public string Sign(string timestamp, byte[] body) =>
        Convert.ToHexString(SignatureAlgorithm.Ed25519.Sign(_key, [.. Encoding.UTF8.GetBytes(timestamp), .. body])).ToLowerInvariant();

    /// <summary>A POST to the endpoint; the headers can be replaced to play forgeries.</summary>
    public HttpRequestMessage Request(string body, string? timestamp = null, string? signature = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        timestamp ??= "1735689600";
        var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add("X-Signature-Ed25519", signature ?? Sign(timestamp, bytes));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return request;
    }

    public void Dispose() => _key.Dispose();
}
