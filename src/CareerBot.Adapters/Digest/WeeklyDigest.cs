namespace CareerBot.Adapters.Digest;

/// <summary>
/// The digest, platform-neutral: a heading and the lines of a plain-text table, meant to be shown in a fixed-width
/// block. The questions and answer titles in <see cref="Lines"/> are the users' words, marked with
/// <see cref="Core.Replies.UserText.Mark"/>: a poster renders each line through <see cref="Core.Replies.UserText.Format"/>
/// with its platform's escaping for those spans, so a question such as "@everyone" can never ping. No links.
/// </summary>
/// <param name="Heading">Trusted text: what the digest covers.</param>
/// <param name="Lines">The table, line by line, columns padded with spaces.</param>
public sealed record WeeklyDigest(string Heading, IReadOnlyList<string> Lines);
