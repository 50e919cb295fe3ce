using System.Text.Json.Serialization;
using CareerBot.Core.Conversations;

namespace CareerBot.Storage.Postgres.Conversations;

/// <summary>How a conversation's subject is kept as <c>jsonb</c> (source-generated, no reflection).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ConversationState))]
internal sealed partial class ConversationStateJson : JsonSerializerContext;
