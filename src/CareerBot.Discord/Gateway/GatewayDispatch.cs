using System.Text.Json;

namespace CareerBot.Discord.Gateway;

/// <summary>A dispatch (op 0) handed from the receive loop to the handlers.</summary>
/// <param name="Type">The event name, e.g. <c>MESSAGE_CREATE</c>.</param>
/// <param name="Data">The event's <c>d</c>, detached from the frame's buffer.</param>
/// <param name="ReceivedAt">When the frame arrived (<see cref="TimeProvider.GetTimestamp"/>): interactions have 3 s from then.</param>
internal sealed record GatewayDispatch(string Type, JsonElement Data, int ShardId, long ReceivedAt);
