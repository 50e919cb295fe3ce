using CareerBot.Adapters.Memory;
using CareerBot.Core.Replies;
using CareerBot.Discord.Configuration;
using CareerBot.Discord.Interactions;
using CareerBot.Discord.Rendering;
using Microsoft.Extensions.Time.Testing;

namespace CareerBot.Discord.Tests.Rendering;

public sealed class ReplyRendererTests
{
    private readonly ReplyRenderer _renderer = new(new CustomIdCodec(new MemoryExpiringStore(new FakeTimeProvider()), new DiscordTuning()));

    [Fact]
    public void Render_Reply_BecomesOneEmbedWithProseListsNoteFieldsAndSourcesInTheFooter()
    {
        var reply = new Reply(
            Intent.Salary,
            true,
            "Senior ML Engineer salary",
            [ReplyBlock.Prose("Senior: $160,000-$200,000+ a year."), ReplyBlock.List("Levels:", ["entry", "senior"])],
            null,
            [new ReplyField("Range", "$160,000-$200,000+")],
            [new SourceRef("Career Development Path", "Career Progression", 1), new SourceRef("Career Development Path", "Career Progression", 0.5)],
            [],
            "2025 medians");

        var embed = Assert.Single(_renderer.Render(reply, ReplyPresentation.Public).Embeds!);

        Assert.Equal("Senior ML Engineer salary", embed.Title);
        Assert.Equal("Senior: $160,000-$200,000+ a year.\n\nLevels:\n• entry\n• senior\n\n*2025 medians*", embed.Description);
        Assert.Equal(new EmbedField("Range", "$160,000-$200,000+", true), Assert.Single(embed.Fields!));
        Assert.Equal("Sources: Career Development Path › Career Progression", embed.Footer!.Text);
    }

    [Fact]
    public void Render_Table_EachRowBecomesAField_PositionsJoinTheName()
    {
        var ladder = new ReplyTable(["Step", "Role", "Salary"], [["2", "Senior ML Engineer", "$160,000"], ["3", "Lead ML Engineer", "$200,000"]]);
        var levels = new ReplyTable(["Level", "Range"], [["Senior", "$160,000"]]);

        var ladderFields = _renderer.Render(Reply(table: ladder), ReplyPresentation.Public).Embeds![0].Fields!;
        var levelFields = _renderer.Render(Reply(table: levels), ReplyPresentation.Public).Embeds![0].Fields!;

        Assert.Equal([new EmbedField("2. Senior ML Engineer", "Salary: $160,000", true), new EmbedField("3. Lead ML Engineer", "Salary: $200,000", true)], ladderFields);
        Assert.Equal(new EmbedField("Senior", "Range: $160,000", true), Assert.Single(levelFields));
    }

    [Fact]
    public void Render_HugeReply_StaysWithinEveryEmbedLimit()
    {
        var reply = new Reply(
            Intent.Ask,
            true,
            new string('T', 400),
            Enumerable.Range(0, 50).Select(i => ReplyBlock.Prose(new string('p', 300))).ToList(),
            new ReplyTable(["A", "B"], Enumerable.Range(0, 40).Select(i => (IReadOnlyList<string>)[$"row {i}", new string('v', 2000)]).ToList()),
            [new ReplyField(new string('n', 300), new string('v', 1500))],
            Enumerable.Range(0, 100).Select(i => new SourceRef($"Doc {i}", new string('s', 50), 1)).ToList(),
            []);

        var embed = _renderer.Render(reply, ReplyPresentation.Public).Embeds![0];

        Assert.True(embed.Title!.Length <= 256);
        Assert.True(embed.Description!.Length <= 4096);
        Assert.True(embed.Fields!.Count <= 25);
        Assert.All(embed.Fields, f => Assert.True(f.Name.Length is > 0 and <= 256 && f.Value.Length is > 0 and <= 1024));
        Assert.True(embed.Footer!.Text.Length <= 2048);
        var total = embed.Title.Length + embed.Description.Length + embed.Footer.Text.Length + embed.Fields.Sum(f => f.Name.Length + f.Value.Length);
        Assert.True(total <= 6000, $"embed has {total} characters");
    }

    [Fact]
    public void Render_MassMentions_AreNeutralizedAndNobodyIsPinged()
    {
        var reply = new Reply(Intent.Ask, true, "Hi @everyone", [ReplyBlock.Prose("ping @here and @EVERYONE")], null, [new ReplyField("@here", "@everyone")], [], [new FollowUp("@everyone", "help")]);

        var message = _renderer.Render(reply, ReplyPresentation.Public);

        var embed = message.Embeds![0];
        var texts = new[] { embed.Title!, embed.Description!, embed.Fields![0].Name, embed.Fields[0].Value, message.Components![0].Components[0].Label };
        Assert.All(texts, t => Assert.DoesNotMatch("(?i)@(everyone|here)", t));
        Assert.Empty(message.AllowedMentions.Parse);
        Assert.Null(message.AllowedMentions.Users);
    }

    [Fact]
    public void Render_FollowUps_FiveButtonsARowUniqueIdsAndThePostButtonLast()
    {
        var followUps = Enumerable.Range(0, 30).Select(i => new FollowUp($"Q{i}", $"ask question {i}")).Append(new FollowUp("Again", "ask question 0")).ToList();

        var message = _renderer.Render(Reply(followUps: followUps), ReplyPresentation.Private("salary senior"));

        var rows = message.Components!;
        Assert.True(rows.Count <= 5);
        Assert.All(rows, row => Assert.True(row.Components.Count <= 5));
        var ids = rows.SelectMany(r => r.Components).Select(b => b.CustomId).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.True(id.Length <= 100));
        Assert.Equal(new Button(Button.Primary, "Post to channel", "p:salary senior"), Assert.Single(rows[^1].Components));
        Assert.Equal(DiscordMessage.EphemeralFlag, message.Flags);
    }

    [Fact]
    public void Render_UnansweredPrivateReply_OffersNoPostButton()
    {
        var message = _renderer.Render(Reply(answered: false), ReplyPresentation.Private("ask what is the weather"));

        Assert.DoesNotContain(message.Components!.SelectMany(r => r.Components), b => b.CustomId.StartsWith("p:", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_Welcome_PingsOnlyTheNewcomer()
    {
        var message = _renderer.Render(Reply(), ReplyPresentation.Welcome("451"));

        Assert.Equal("<@451>", message.Content);
        Assert.Empty(message.AllowedMentions.Parse);
        Assert.Equal(["451"], message.AllowedMentions.Users!);
        Assert.Null(message.Flags);
    }

    [Fact]
    public void Truncate_NeverSplitsASurrogatePair()
    {
        var text = new string('a', 9) + "😀😀";

        var cut = SafeText.Truncate(text, 11);

        Assert.Equal(new string('a', 9) + "…", cut);
        Assert.True(cut.Length <= 11);
    }

    private static Reply Reply(ReplyTable? table = null, IReadOnlyList<FollowUp>? followUps = null, bool answered = true) =>
        new(Intent.Ask, answered, "Title", [ReplyBlock.Prose("Body")], table, [], [], followUps ?? [new FollowUp("Help", "help")]);
}
