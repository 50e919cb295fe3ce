using CareerBot.Slack.WebApi;

namespace CareerBot.Slack.SocketMode;

/// <summary>The acknowledgement of an envelope; a slash command's answer may ride in <see cref="Payload"/>.</summary>
internal sealed record SocketAck(string EnvelopeId, ResponseMessage? Payload = null);
