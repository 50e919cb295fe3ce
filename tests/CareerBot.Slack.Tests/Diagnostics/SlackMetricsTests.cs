using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using CareerBot.Slack.Diagnostics;
using CareerBot.Slack.Tests.Peers;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Slack.Tests.Diagnostics;

public sealed class SlackMetricsTests
{
    [Fact]
    public async Task RefusedRequestsDuplicatesAndApiErrors_AreCounted()
    {
        await using var slack = await FakeSlack.StartAsync();
        slack.Script("chat.postMessage", FakeResponse.Error("channel_not_found"));
        await using var bot = await BotUnderTest.StartAsync(slack);
        var measurements = new ConcurrentQueue<(string Name, Dictionary<string, object?> Tags)>();
        using var listener = Listen(bot.Services.GetRequiredService<IMeterFactory>(), measurements);

        using (var forged = SlackRequests.Signed(new Uri(bot.BaseAddress, "/slack/commands"), SlackRequests.SlashCommand("x"), SlackRequests.FormContentType, secret: "wrong-secret-000000000000000000"))
        using (var response = await bot.Http.SendAsync(forged))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        var mention = SlackRequests.EventCallback("EvM", SlackRequests.DirectMessage("hello"));
        (await bot.PostSignedAsync("/slack/events", mention, SlackRequests.JsonContentType)).Dispose();
        (await bot.PostSignedAsync("/slack/events", mention, SlackRequests.JsonContentType)).Dispose();
        await slack.WaitForCallsAsync("chat.postMessage");

        await Eventually.TrueAsync(() => measurements.Any(m => m.Name == "careerbot.slack.api.errors"));
        Assert.Contains(measurements, m => m.Name == "careerbot.slack.requests.rejected" && (string?)m.Tags["reason"] == "BadSignature");
        Assert.Contains(measurements, m => m.Name == "careerbot.slack.deliveries" && (string?)m.Tags["kind"] == "message" && (string?)m.Tags["outcome"] == "accepted");
        Assert.Contains(measurements, m => m.Name == "careerbot.slack.deliveries" && (string?)m.Tags["outcome"] == "duplicate");
        Assert.Contains(measurements, m => m.Name == "careerbot.slack.api.errors" && (string?)m.Tags["method"] == "chat.postMessage" && (string?)m.Tags["error"] == "channel_not_found");
    }

    private static MeterListener Listen(IMeterFactory factory, ConcurrentQueue<(string, Dictionary<string, object?>)> measurements)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == SlackMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, factory))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) =>
        {
            var copy = new Dictionary<string, object?>();
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value;
            }

            measurements.Enqueue((instrument.Name, copy));
        });
        listener.Start();
        return listener;
    }
}
