using System.Text.Json.Serialization;

namespace CareerBot.Slack.Rendering;

/// <summary>A Block Kit layout block; the <c>type</c> property is written from the derived type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(HeaderBlock), "header")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
internal abstract record SlackBlock;
