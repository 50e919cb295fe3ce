using CareerBot.Discord.Interactions;
using CareerBot.Discord.Rendering;
using CareerBot.Discord.Rest;
using CareerBot.Discord.Tests.Fakes;

namespace CareerBot.Discord.Tests.Interactions;

public sealed class InteractionResponderTests
{
    private static readonly DiscordMessage Answer = new("answer", null, null, AllowedMentions.None);

    [Fact]
    public async Task Respond_Twice_SecondIsRefusedAndNothingMoreIsSent()
    {
        await using var rest = await RestHarness.StartAsync();
        var callback = Sent();
        var responder = new InteractionResponder(callback, rest.Client, DiscordTestHost.ApplicationId, "tok");

        await responder.RespondAsync(Answer, CancellationToken.None);
        await Assert.ThrowsAsync<InvalidOperationException>(() => responder.RespondAsync(Answer, CancellationToken.None));

        Assert.Equal(InteractionState.Responded, responder.State);
        Assert.Contains("\"type\":4", System.Text.Encoding.UTF8.GetString(await callback.Body), StringComparison.Ordinal);
        Assert.Empty(rest.Api.Requests);
    }

    [Fact]
    public async Task Defer_ThenRespond_EditsTheOriginalInsteadOfAcknowledgingAgain()
    {
        await using var rest = await RestHarness.StartAsync();
        var callback = Sent();
        var responder = new InteractionResponder(callback, rest.Client, DiscordTestHost.ApplicationId, "tok");

        await responder.DeferAsync(ephemeral: true, CancellationToken.None);
        await responder.RespondAsync(Answer, CancellationToken.None);

        Assert.Equal("""{"type":5,"data":{"allowed_mentions":{"parse":[]},"flags":64}}""", System.Text.Encoding.UTF8.GetString(await callback.Body));
        var edit = Assert.Single(rest.Api.Requests);
        Assert.Equal(("PATCH", $"webhooks/{DiscordTestHost.ApplicationId}/tok/messages/@original"), (edit.Method, edit.Path));
    }

    [Fact]
    public async Task Dismiss_AfterADeferral_DeletesTheDeferredMessageAndNothingElse()
    {
        await using var rest = await RestHarness.StartAsync();
        var callback = Sent();
        var responder = new InteractionResponder(callback, rest.Client, DiscordTestHost.ApplicationId, "tok");

        await responder.DeferAsync(ephemeral: false, CancellationToken.None);
        await responder.DismissAsync(component: true, CancellationToken.None);

        Assert.Equal(InteractionState.Responded, responder.State);
        var delete = Assert.Single(rest.Api.Requests);
        Assert.Equal(("DELETE", $"webhooks/{DiscordTestHost.ApplicationId}/tok/messages/@original"), (delete.Method, delete.Path));
        await Assert.ThrowsAsync<InvalidOperationException>(() => responder.RespondAsync(Answer, CancellationToken.None));
    }

    [Fact]
    public async Task Defer_AfterAnswering_IsRefused()
    {
        await using var rest = await RestHarness.StartAsync();
        var responder = new InteractionResponder(Sent(), rest.Client, DiscordTestHost.ApplicationId, "tok");

        await responder.RespondAsync(Answer, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => responder.DeferAsync(ephemeral: true, CancellationToken.None));
    }

    [Fact]
    public async Task Defer_ThenRespond_EditsOnlyAfterTheDeferralReachedDiscord()
    {
        await using var rest = await RestHarness.StartAsync();
        var callback = new InlineInteractionCallback();
        var responder = new InteractionResponder(callback, rest.Client, DiscordTestHost.ApplicationId, "tok");

        var deferring = responder.DeferAsync(ephemeral: true, CancellationToken.None);
        var responding = responder.RespondAsync(Answer, CancellationToken.None);
        await Task.Delay(300);
        Assert.Empty(rest.Api.Requests);

        callback.MarkDelivered();
        await deferring.WaitAsync(TimeSpan.FromSeconds(10));
        await responding.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("PATCH", Assert.Single(rest.Api.Requests).Method);
    }

    /// <summary>A callback whose response goes out as soon as its body is set.</summary>
    private static InlineInteractionCallback Sent()
    {
        var callback = new InlineInteractionCallback();
        _ = callback.Body.ContinueWith(_ => callback.MarkDelivered(), TaskScheduler.Default);
        return callback;
    }
}
