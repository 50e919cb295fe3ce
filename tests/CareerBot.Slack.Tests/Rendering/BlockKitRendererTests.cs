using System.Text.Json;
using CareerBot.Core.Replies;
using CareerBot.Slack.Rendering;
using CareerBot.Slack.Tests.Peers;

namespace CareerBot.Slack.Tests.Rendering;

public sealed class BlockKitRendererTests
{
    private static readonly BlockKitRenderer Renderer = new();

    private static Reply Reply(
        string title = "Title",
        IReadOnlyList<ReplyBlock>? paragraphs = null,
        ReplyTable? table = null,
        IReadOnlyList<ReplyField>? fields = null,
        IReadOnlyList<SourceRef>? sources = null,
        IReadOnlyList<FollowUp>? followUps = null,
        string? note = null) =>
        new(Intent.Ask, true, title, paragraphs ?? [], table, fields ?? [], sources ?? [], followUps ?? [], note);

    /// <summary>The message as Slack receives it.</summary>
    private static JsonElement Json(SlackMessage message) =>
        JsonSerializer.SerializeToElement(new { text = message.Text, blocks = message.Blocks }, CareerBot.Slack.SlackJson.Options);

    private static List<JsonElement> Blocks(SlackMessage message) => [.. Json(message).GetProperty("blocks").EnumerateArray()];

    private static string Type(JsonElement block) => block.GetProperty("type").GetString()!;

    [Fact]
    public void Reply_IsRenderedAsHeaderSectionsFieldsContextAndButtons()
    {
        var message = Renderer.Render(Reply(
            "Senior ML engineer salary",
            [ReplyBlock.Prose("Seniors earn **a lot** in the [guide](https://example.com/guide)."), ReplyBlock.List("Depends on:", ["location", "company"])],
            fields: [new("Range", "$160,000-$200,000+"), new("Median", "$180,000")],
            sources: [new("Compensation", "Salary ranges", 1.0)],
            followUps: [new("Lead salary", "salary lead")],
            note: "2025 figures"), new RenderOptions(ShareCommand: "salary senior"));

        var blocks = Blocks(message);
        Assert.Equal(["header", "section", "section", "section", "context", "context", "actions"], blocks.Select(Type));
        Assert.Equal("Senior ML engineer salary", blocks[0].GetProperty("text").GetProperty("text").GetString());
        Assert.Equal("plain_text", blocks[0].GetProperty("text").GetProperty("type").GetString());
        Assert.Equal("Seniors earn *a lot* in the <https://example.com/guide|guide>.", blocks[1].GetProperty("text").GetProperty("text").GetString());
        Assert.Equal("Depends on:\n• location\n• company", blocks[2].GetProperty("text").GetProperty("text").GetString());
        Assert.Equal(["*Range*\n$160,000-$200,000+", "*Median*\n$180,000"], blocks[3].GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("text").GetString()));
        Assert.Equal("2025 figures", blocks[4].GetProperty("elements")[0].GetProperty("text").GetString());
        Assert.Contains("Compensation › Salary ranges", blocks[5].GetProperty("elements")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        var buttons = blocks[6].GetProperty("elements").EnumerateArray().ToList();
        Assert.Equal(["careerbot.followup.0", "careerbot.share"], buttons.Select(b => b.GetProperty("action_id").GetString()));
        Assert.Equal(["salary lead", "salary senior"], buttons.Select(b => b.GetProperty("value").GetString()));
        Assert.All(buttons, b => Assert.Equal("button", b.GetProperty("type").GetString()));
        Assert.StartsWith("*Senior ML engineer salary*", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_BecomesOneFieldPerRow_TenFieldsPerSection()
    {
        var rows = Enumerable.Range(1, 23).Select(i => (IReadOnlyList<string>)[$"Level {i}", $"${i}0,000", $"{i} years"]).ToList();

        var blocks = Blocks(Renderer.Render(Reply(table: new ReplyTable(["Level", "Range", "Experience"], rows))));

        var sections = blocks.Where(b => b.TryGetProperty("fields", out _)).ToList();
        Assert.Equal([10, 10, 3], sections.Select(s => s.GetProperty("fields").GetArrayLength()));
        Assert.Equal("*Level 1*\nRange: $10,000\nExperience: 1 years", sections[0].GetProperty("fields")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void MoreThanTenFields_AreSplitAcrossSections_AndLongValuesAreCut()
    {
        var fields = Enumerable.Range(1, 12).Select(i => new ReplyField($"Field {i}", new string('v', 2500))).ToList();

        var sections = Blocks(Renderer.Render(Reply(fields: fields))).Where(b => b.TryGetProperty("fields", out _)).ToList();

        Assert.Equal([10, 2], sections.Select(s => s.GetProperty("fields").GetArrayLength()));
        Assert.All(sections.SelectMany(s => s.GetProperty("fields").EnumerateArray()), field =>
        {
            var text = field.GetProperty("text").GetString()!;
            Assert.True(text.Length <= SlackLimits.FieldText, $"{text.Length} characters");
            Assert.EndsWith(SlackText.Ellipsis, text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void LongParagraph_IsSplitIntoSectionsOfAtMost3000Characters_WithoutLosingWords()
    {
        var words = Enumerable.Range(0, 2500).Select(i => $"word{i}").ToList();

        var message = Renderer.Render(Reply(paragraphs: [ReplyBlock.Prose(string.Join(' ', words))]));

        var sections = Blocks(message).Where(b => Type(b) == "section").Select(b => b.GetProperty("text").GetProperty("text").GetString()!).ToList();
        Assert.True(sections.Count >= 6);
        Assert.All(sections, text => Assert.InRange(text.Length, 1, SlackLimits.SectionText));
        Assert.Equal(words, sections.SelectMany(text => text.Split(' ')));
        Assert.True(message.Text.Length <= SlackLimits.MessageText);
    }

    [Fact]
    public void MoreThanFiftyBlocks_AreCutToFifty_KeepingTheButtonsAndSayingSo()
    {
        var paragraphs = Enumerable.Range(0, 80).Select(i => ReplyBlock.Prose($"Paragraph {i}")).ToList();

        var blocks = Blocks(Renderer.Render(
            Reply(paragraphs: paragraphs, sources: [new("Guide", "Part", 1)], followUps: [new("More", "help")]),
            new RenderOptions(ShareCommand: "ask")));

        Assert.Equal(SlackLimits.Blocks, blocks.Count);
        Assert.Equal("header", Type(blocks[0]));
        Assert.Equal("actions", Type(blocks[^1]));
        Assert.Equal(BlockKitRenderer.ShortenedNotice, blocks[^3].GetProperty("elements")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void LongTitleAndButtonLabels_AreCutToSlacksLimits()
    {
        var message = Renderer.Render(Reply(
            new string('T', 400),
            followUps: [new(new string('L', 120), "salary"), new("ok", new string('c', 2001))]));

        var blocks = Blocks(message);
        var header = blocks[0].GetProperty("text").GetProperty("text").GetString()!;
        Assert.Equal(SlackLimits.HeaderText, header.Length);
        Assert.EndsWith(SlackText.Ellipsis, header, StringComparison.Ordinal);
        var button = Assert.Single(blocks[^1].GetProperty("elements").EnumerateArray());
        Assert.Equal(SlackLimits.ButtonText, button.GetProperty("text").GetProperty("text").GetString()!.Length);
        Assert.Equal("salary", button.GetProperty("value").GetString());
    }

    [Fact]
    public void NoMoreThanFiveFollowUpButtons()
    {
        var followUps = Enumerable.Range(0, 9).Select(i => new FollowUp($"Q{i}", $"ask q{i}")).ToList();

        var buttons = Blocks(Renderer.Render(Reply(followUps: followUps)))[^1].GetProperty("elements").EnumerateArray().ToList();

        Assert.Equal(BlockKitRenderer.MaxFollowUps, buttons.Count);
        Assert.All(buttons, b => Assert.True(b.GetProperty("action_id").GetString()!.Length <= SlackLimits.ActionId));
    }

    [Fact]
    public void NotificationText_IsAtMost4000Characters()
    {
        var message = Renderer.Render(Reply(paragraphs: [ReplyBlock.Prose(new string('x', 9000))]));

        Assert.Equal(SlackLimits.MessageText, message.Text.Length);
    }

    [Theory]
    [InlineData("<!channel>")]
    [InlineData("<!here>")]
    [InlineData("<!everyone>")]
    [InlineData("<@U1>")]
    [InlineData("<#C1|general>")]
    [InlineData("<!subteam^S1>")]
    [InlineData("<https://evil.example|click me>")]
    public void EchoedMarkupAnywhereInTheReply_CannotFormAMentionOrLink(string markup)
    {
        var echo = $"you said {markup} & more";
        var message = Renderer.Render(Reply(
            echo,
            [ReplyBlock.List(echo, [echo])],
            new ReplyTable([echo, echo], [[echo, echo]]),
            [new(echo, echo), new(echo, echo, Inline: false)],
            [new(echo, echo, 1)],
            [new(echo, "help")],
            echo), new RenderOptions(ShareCommand: echo));

        var texts = RecordedCall.DisplayedTexts(Json(message)).ToList();
        Assert.True(texts.Count >= 10);
        Assert.All(texts, text =>
        {
            Assert.DoesNotContain(markup, text, StringComparison.Ordinal);
            Assert.DoesNotContain(" & ", text, StringComparison.Ordinal);
        });
        Assert.Contains(texts, text => text.Contains("&lt;", StringComparison.Ordinal) && text.Contains("&amp;", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("@here")]
    [InlineData("@channel")]
    [InlineData("@Everyone")]
    public void PlainBroadcastWords_AreBrokenSoNoParserTurnsThemIntoPings(string word)
    {
        var message = Renderer.Render(Reply(paragraphs: [ReplyBlock.Prose($"hey {word} look")]));

        Assert.All(RecordedCall.DisplayedTexts(Json(message)), text => Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(word[1..], message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Preamble_IsShownUnderTheHeader()
    {
        var blocks = Blocks(Renderer.Render(Reply("Welcome"), new RenderOptions(Preamble: ":wave: Welcome, <@U0NEWBIE>!")));

        Assert.Equal(":wave: Welcome, <@U0NEWBIE>!", blocks[1].GetProperty("text").GetProperty("text").GetString());
    }

    [Fact]
    public void EmptyReply_StillProducesAValidMessage()
    {
        var message = Renderer.Render(Reply(""));

        Assert.NotEmpty(message.Text);
        var block = Assert.Single(Blocks(message));
        Assert.NotEmpty(block.GetProperty("text").GetProperty("text").GetString()!);
    }
}
