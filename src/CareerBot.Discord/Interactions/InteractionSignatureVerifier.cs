using System.Text;
using CareerBot.Discord.Configuration;
using Microsoft.Extensions.Options;
using NSec.Cryptography;

namespace CareerBot.Discord.Interactions;

/// <summary>
/// Checks Discord's Ed25519 signature over <c>timestamp + raw body</c> with the application's public key.
/// Anything malformed (missing header, bad hex, wrong length) fails closed.
/// </summary>
internal sealed class InteractionSignatureVerifier
{
    private const int SignatureHexLength = 128;
    private readonly PublicKey _publicKey;

    public InteractionSignatureVerifier(IOptions<DiscordOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var hex = options.Value.PublicKey?.Trim()
            ?? throw new InvalidOperationException("Discord:PublicKey (Discord__PublicKey) is required for the interactions endpoint.");
        _publicKey = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(hex), KeyBlobFormat.RawPublicKey);
    }

    public bool Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || signatureHex is not { Length: SignatureHexLength } || !signatureHex.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        var signature = Convert.FromHexString(signatureHex);
        var message = new byte[Encoding.UTF8.GetByteCount(timestamp) + body.Length];
        var written = Encoding.UTF8.GetBytes(timestamp, message);
        body.CopyTo(message.AsSpan(written));
        return SignatureAlgorithm.Ed25519.Verify(_publicKey, message, signature);
    }
}
