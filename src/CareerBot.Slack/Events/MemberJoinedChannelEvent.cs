namespace CareerBot.Slack.Events;

/// <summary><c>member_joined_channel</c>: <see cref="User"/> joined <see cref="Channel"/>.</summary>
internal sealed record MemberJoinedChannelEvent(string? User, string? Channel, string? ChannelType, string? Inviter);
