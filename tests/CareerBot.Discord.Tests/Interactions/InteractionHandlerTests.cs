using System.Text.Json;
using CareerBot.Discord.Interactions;
using CareerBot.Discord.Serialization;
using CareerBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Discord.Tests.Interactions;

public sealed class InteractionHandlerTests
{
    [Fact]
    public async Task SlowAnswer_DefersWhenTheBudgetRunsOut_MeasuredFromReceipt()
    {
        var time = new FakeTimeProvider();
        await using var api = await FakeDiscordApi.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(WithoutGateway(api), timeProvider: time);
        host.Chat!.Hold();
        var callback = new RecordingCallback();
        var interaction = Parse(Events.Interaction(2, Events.Slash("help"), token: "tok-budget"));
        var receivedAt = time.GetTimestamp();

        var handling = host.Get<InteractionHandler>().HandleAsync(interaction, receivedAt, callback, CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(1999));
        await Task.Delay(100);
        Assert.Empty(callback.Bodies);
        time.Advance(TimeSpan.FromMilliseconds(1));
        var deferral = await callback.NextAsync();
        host.Chat.Release();
        await handling;

        Assert.Equal(5, deferral.GetProperty("type").GetInt32());
        await api.WaitForAsync("PATCH", $"webhooks/{DiscordTestHost.ApplicationId}/tok-budget/messages/@original");
    }

    [Fact]
    public async Task AnswerTooLateInTheQueue_DefersAtOnceWithoutWaiting()
    {
        var time = new FakeTimeProvider();
        await using var api = await FakeDiscordApi.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(WithoutGateway(api), timeProvider: time);
        host.Chat!.Hold();
        var callback = new RecordingCallback();
        var receivedAt = time.GetTimestamp();
        time.Advance(TimeSpan.FromSeconds(2.5));

        var handling = host.Get<InteractionHandler>().HandleAsync(Parse(Events.Interaction(2, Events.Slash("help"))), receivedAt, callback, CancellationToken.None);
        var deferral = await callback.NextAsync();
        host.Chat.Release();
        await handling;

        Assert.Equal(5, deferral.GetProperty("type").GetInt32());
    }

    private static Dictionary<string, string?> WithoutGateway(FakeDiscordApi api)
    {
        var settings = DiscordTestHost.Settings(api);
        settings["Discord:Gateway"] = "false";
        settings["Discord:PublicKey"] = new string('a', 64);
        return settings;
    }

    private static Interaction Parse(string json) => JsonSerializer.Deserialize(json, DiscordJsonContext.Default.Interaction)!;

    private sealed class RecordingCallback : IInteractionCallback
    {
        private readonly System.Threading.Channels.Channel<byte[]> _bodies = System.Threading.Channels.Channel.CreateUnbounded<byte[]>();

        public List<byte[]> Bodies { get; } = [];

        public Task SendAsync(byte[] body, CancellationToken cancellationToken)
        {
            Bodies.Add(body);
            _bodies.Writer.TryWrite(body);
            return Task.CompletedTask;
        }

        public async Task<JsonElement> NextAsync()
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            return JsonDocument.Parse(await _bodies.Reader.ReadAsync(timeout.Token)).RootElement;
        }
    }
}
