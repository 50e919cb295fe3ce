using System.Text.Json;
using System.Text.Json.Serialization;
using CareerBot.Adapters.Json;
using CareerBot.Discord.Commands;
using CareerBot.Discord.Conversations;
using CareerBot.Discord.Gateway;
using CareerBot.Discord.Interactions;
using CareerBot.Discord.Onboarding;
using CareerBot.Discord.Rendering;
using CareerBot.Discord.Rest;

namespace CareerBot.Discord.Serialization;

/// <summary>Source-generated JSON for every payload: snake_case names, nulls left out, unknown fields ignored.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(ReadableStringConverter)])]
[JsonSerializable(typeof(GatewayFrame))]
[JsonSerializable(typeof(GatewayCommand<IdentifyData>))]
[JsonSerializable(typeof(GatewayCommand<ResumeData>))]
[JsonSerializable(typeof(GatewayCommand<long?>))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(ReadyData))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(AutocompleteResponse))]
[JsonSerializable(typeof(DiscordMessage))]
[JsonSerializable(typeof(MessageCreateEvent))]
[JsonSerializable(typeof(GuildMemberAddEvent))]
[JsonSerializable(typeof(GuildEvent))]
[JsonSerializable(typeof(GuildChannel))]
[JsonSerializable(typeof(ApplicationCommand))]
[JsonSerializable(typeof(List<ApplicationCommand>))]
[JsonSerializable(typeof(IReadOnlyList<CommandChoice>))]
[JsonSerializable(typeof(CreatedMessage))]
[JsonSerializable(typeof(DiscordError))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
