using System.Text.Json;

namespace CareerBot.Discord.Gateway;

/// <summary>A frame received from the gateway: <c>{op, d, s, t}</c>; <c>s</c> and <c>t</c> only on dispatches.</summary>
internal sealed record GatewayFrame(int Op, JsonElement D, long? S, string? T);
