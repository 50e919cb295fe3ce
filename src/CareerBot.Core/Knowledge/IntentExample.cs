namespace CareerBot.Core.Knowledge;

/// <summary>A labelled example question (<c>intents/&lt;intent&gt;.txt</c>): free text like it goes to that intent.</summary>
internal sealed record IntentExample(string Intent, string Question);
