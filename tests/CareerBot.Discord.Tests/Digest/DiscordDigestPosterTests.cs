using System.Text.Json;
using CareerBot.Adapters.Digest;
using CareerBot.Adapters.Feedback;
using CareerBot.Core.Replies;
using CareerBot.Discord.Digest;
using CareerBot.Discord.Tests.Fakes;
using CareerBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Discord.Tests.Digest;

/// <summary>The weekly digest on Discord: rendered inert, and posted once with create message when its time comes.</summary>
public sealed class DiscordDigestPosterTests : IAsyncLifetime
{
    private const string AdminChannel = "300000000000000042";
    private const string Hostile = "@everyone @here <@400000000000000001> ``` [click](https://evil.example) **bold**";
    private static readonly DateTimeOffset Start = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Due = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "careerbot-discord-digest-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(Start);
    private FakeDiscordApi _api = null!;
    private DiscordTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _api = await FakeDiscordApi.StartAsync();
        var settings = DiscordTestHost.Settings(_api);
        settings["Discord:Gateway"] = "false";
        settings["Discord:PublicKey"] = new string('a', 64);
        var store = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:Path"] = Path.Combine(_folder, "careerbot.db"),
            ["Store:UserKey"] = "a-discord-digest-key-long-enough-0123456789",
            ["Report:DigestChannel:Discord"] = AdminChannel,
        }).Build();
        _host = await DiscordTestHost.StartAsync(settings, timeProvider: _time, services: services =>
        {
            services.AddFeedbackRecording(store);
            services.AddCareerBotStorageHosting();
            services.AddWeeklyDigest(store);
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _api.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void TheUsersWords_CanNeverPingOrLink_TheTableStaysFenced()
    {
        var message = DiscordDigestPoster.Render(new WeeklyDigest("CareerBot weekly digest @everyone", ["Top unanswered questions", UserText.Mark(Hostile) + "  3"]));

        Assert.Empty(message.AllowedMentions.Parse);
        Assert.Null(message.AllowedMentions.Users);
        Assert.Null(message.Embeds);
        Assert.Null(message.Components);
        var content = message.Content!;
        Assert.StartsWith("CareerBot weekly digest @\u200Beveryone\n```\nTop unanswered questions\n", content, StringComparison.Ordinal);
        Assert.EndsWith("  3\n```", content, StringComparison.Ordinal);
        Assert.Equal(2, content.Split("```").Length - 1);
        Assert.DoesNotContain("@everyone", content, StringComparison.Ordinal);
        Assert.DoesNotContain("@here", content, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", content, StringComparison.Ordinal);
    }

    [Fact]
    public void ALongDigest_StaysWithinDiscordsLimit_WithItsFenceClosed()
    {
        var lines = Enumerable.Range(0, 100).Select(i => UserText.Mark(new string('@', 48)) + "  " + i).ToList();

        var content = DiscordDigestPoster.Render(new WeeklyDigest("CareerBot weekly digest", lines)).Content!;

        Assert.InRange(content.Length, 1000, 2000);
        Assert.EndsWith("\n```", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AtTheOccurrence_ExactlyOneDigestIsPosted_ToTheConfiguredChannel()
    {
        var store = _host.Get<IFeedbackStore>();
        await store.RecordQuestionAsync(
            new QuestionRecord(AnswerIds.New(), Start, "discord", null, Hostile, "ask", false, null, "I don't know that one", TimeSpan.Zero), CancellationToken.None);
        await _host.Logs.WaitForEventAsync(4201);
        Assert.Empty(_api.Matching("POST", $"channels/{AdminChannel}/messages"));

        _time.Advance(Due - _time.GetUtcNow());
        await _api.WaitForAsync("POST", $"channels/{AdminChannel}/messages");
        await _host.Logs.WaitForAsync(record => record.Id.Id == 4201 && record.Message.Contains("2026-12-14", StringComparison.Ordinal));

        var post = Assert.Single(_api.Matching("POST", "channels/"));
        Assert.Equal("Bot " + DiscordTestHost.Token, post.Headers["Authorization"]);
        var json = JsonDocument.Parse(post.Body).RootElement;
        Assert.Equal(0, json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        var content = json.GetProperty("content").GetString()!;
        Assert.StartsWith("CareerBot weekly digest: Mon 2026-11-30 09:00 to Mon 2026-12-07 09:00 (UTC)\n```\nQuestions   1\nAnswered    0 (0%)\n", content, StringComparison.Ordinal);
        Assert.Contains("@\u200Beveryone @\u200Bhere", content, StringComparison.Ordinal);
        Assert.DoesNotContain("@everyone", content, StringComparison.Ordinal);
    }
}
