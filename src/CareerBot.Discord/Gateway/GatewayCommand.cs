using System.Text.Json.Serialization;

namespace CareerBot.Discord.Gateway;

/// <summary>A frame the bot sends: <c>{op, d}</c>. <c>d</c> is always written, <c>null</c> included (a first heartbeat).</summary>
internal sealed record GatewayCommand<T>(int Op, [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] T D);
