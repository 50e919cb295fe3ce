namespace CareerBot.Discord.Tests.Fakes;

/// <summary>Gateway event payloads as Discord sends them (ids are strings, optional fields left out).</summary>
internal static class Events
{
    public const string GuildId = "300000000000000003";
    public const string UserId = "400000000000000004";
    public const string ChannelId = "600000000000000006";

    public static string DirectMessage(string content, string channelId, string messageId, string authorId = UserId, bool bot = false) =>
        $$"""{"id":"{{messageId}}","channel_id":"{{channelId}}","author":{"id":"{{authorId}}","username":"sam","bot":{{(bot ? "true" : "false")}}},"content":"{{content}}","mentions":[],"type":0}""";

    public static string GuildMessage(string content, string messageId, bool mentionsBot, string authorId = UserId, bool bot = false) =>
        $$"""{"id":"{{messageId}}","channel_id":"{{ChannelId}}","guild_id":"{{GuildId}}","author":{"id":"{{authorId}}","username":"sam","bot":{{(bot ? "true" : "false")}}},"content":"{{content}}","mentions":[{{(mentionsBot ? $$"""{"id":"{{GatewayPeer.BotUserId}}","username":"CareerBot"}""" : string.Empty)}}],"type":0}""";

    /// <summary>A reply (type 19) to <paramref name="repliedToId"/> that pings the bot, as Discord's reply button does by default.</summary>
    public static string GuildReply(string content, string messageId, string repliedToId, string authorId = UserId) =>
        $$$"""{"id":"{{{messageId}}}","channel_id":"{{{ChannelId}}}","guild_id":"{{{GuildId}}}","author":{"id":"{{{authorId}}}","username":"sam","bot":false},"content":"{{{content}}}","mentions":[{"id":"{{{GatewayPeer.BotUserId}}}","username":"CareerBot"}],"type":19,"message_reference":{"message_id":"{{{repliedToId}}}","channel_id":"{{{ChannelId}}}","guild_id":"{{{GuildId}}}"}}""";

    public static string GuildCreate(string guildId, string? systemChannelId, params string[] channelIds) =>
        $$"""{"id":"{{guildId}}","name":"Test","system_channel_id":{{(systemChannelId is null ? "null" : $"\"{systemChannelId}\"")}},"channels":[{{string.Join(",", channelIds.Select(c => $$"""{"id":"{{c}}","type":0}"""))}}],"unavailable":false}""";

    public static string MemberAdd(string guildId, string userId, bool bot = false) =>
        $$"""{"guild_id":"{{guildId}}","user":{"id":"{{userId}}","username":"newcomer","bot":{{(bot ? "true" : "false")}}},"roles":[],"joined_at":"2025-01-01T00:00:00Z"}""";

    /// <summary>An interaction as the gateway or the HTTP endpoint delivers it; <paramref name="data"/> is the <c>data</c> object.</summary>
    public static string Interaction(int type, string data, string id = "700000000000000007", string token = "interaction-token-abc") =>
        $$$"""{"id":"{{{id}}}","application_id":"{{{DiscordTestHost.ApplicationId}}}","type":{{{type}}},"data":{{{data}}},"guild_id":"{{{GuildId}}}","channel_id":"{{{ChannelId}}}","member":{"user":{"id":"{{{UserId}}}","username":"sam"}},"token":"{{{token}}}","version":1,"locale":"en-US"}""";

    public static string Slash(string subcommand, params (string Name, string Value)[] options) =>
        $$"""{"id":"1","name":"career","type":1,"options":[{"name":"{{subcommand}}","type":1,"options":[{{string.Join(",", options.Select(o => $$"""{"name":"{{o.Name}}","type":3,"value":"{{o.Value}}"}"""))}}]}]}""";

    public static string Button(string customId) => $$"""{"custom_id":"{{customId}}","component_type":2}""";

    public static string Autocomplete(string typed) =>
        $$"""{"id":"1","name":"career","type":1,"options":[{"name":"ask","type":1,"options":[{"name":"question","type":3,"value":"{{typed}}","focused":true}]}]}""";
}
