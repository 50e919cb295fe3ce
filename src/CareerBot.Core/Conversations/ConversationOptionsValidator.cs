using System.Globalization;
using Microsoft.Extensions.Options;

namespace CareerBot.Core.Conversations;

/// <summary>Checks the conversation settings when the host starts, naming the setting and its environment variable.</summary>
internal sealed class ConversationOptionsValidator : IValidateOptions<ConversationOptions>
{
    public ValidateOptionsResult Validate(string? name, ConversationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MaxConversations is < 1 or > ConversationOptions.MaxConversationsLimit)
        {
            failures.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"Conversation:MaxConversations (Conversation__MaxConversations) must be between 1 and {ConversationOptions.MaxConversationsLimit}; it is {options.MaxConversations}."));
        }

        if (options.Ttl < ConversationOptions.MinTtl || options.Ttl > ConversationOptions.MaxTtl)
        {
            failures.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"Conversation:Ttl (Conversation__Ttl) must be between {ConversationOptions.MinTtl:c} and {ConversationOptions.MaxTtl:c} (e.g. 00:10:00); it is {options.Ttl:c}."));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
