using System.Text.Json;
using CareerBot.Tests.TestSupport;

namespace CareerBot.Tests.Cli;

/// <summary>The command line's rules, as a user meets them: exit codes and the first line printed.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData(new[] { "salary", "senior" }, "careerbot: unrecognized command 'salary'; to ask the bot, use: careerbot ask \"salary senior\"")]
    [InlineData(new[] { "frobnicate" }, "careerbot: unrecognized command 'frobnicate'; did you mean '")]
    [InlineData(new[] { "ask", "salary", "--jsn" }, "careerbot ask: unrecognized option '--jsn'; did you mean '--json'?")]
    [InlineData(new[] { "serve", "--port", "5000" }, "careerbot serve: unrecognized option '--port'; did you mean '--urls'?")]
    [InlineData(new[] { "--versoin" }, "careerbot: unrecognized option '--versoin'; did you mean '--version'?")]
    [InlineData(new[] { "slack", "manifst" }, "careerbot slack: unrecognized command 'manifst'; did you mean 'manifest'?")]
    [InlineData(new[] { "eval", "--verbos" }, "careerbot eval: unrecognized option '--verbos'; did you mean '--verbose'?")]
    [InlineData(new[] { "eval", "--min-score", "abc" }, "careerbot eval: --min-score must be a percentage from 0 to 100, found 'abc'")]
    [InlineData(new[] { "ask" }, "careerbot ask: no question given; usage: careerbot ask \"<question>\"")]
    [InlineData(new[] { "ask", "--jsonl", "salary", "senior" }, "careerbot ask: --jsonl reads the questions from stdin, so 'salary senior' would be ignored")]
    [InlineData(new[] { "ask", "--jsonl", "--explain" }, "careerbot ask: --explain shows how one question was seen; it does not go with --jsonl")]
    [InlineData(new[] { "chat", "salary" }, "careerbot chat: unrecognized argument 'salary'")]
    [InlineData(new[] { "slack", "manifest" }, "careerbot slack manifest: give either --url https://your.host (HTTP mode) or --socket (Socket Mode)")]
    public async Task Unrecognized_ExitsWith2AndOneLineNamingTheClosestMatch(string[] args, string firstLine)
    {
        var (exit, output, error) = await CareerBotProcess.RunAsync(args);

        Assert.Equal(2, exit);
        Assert.StartsWith(firstLine, error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task DoubleDash_PassesAnOptionLikeWordToTheQuestion()
    {
        var (exit, output, _) = await CareerBotProcess.RunAsync(["ask", "--json", "--", "--jsn"]);

        Assert.Equal(0, exit);
        Assert.Equal("ask", JsonDocument.Parse(output).RootElement.GetProperty("intent").GetString());
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("serve --help")]
    [InlineData("ask --help")]
    public async Task Help_HasNoAdditionalArgumentsCatchAll(string args)
    {
        var (exit, output, _) = await CareerBotProcess.RunAsync(args.Split(' '));

        Assert.Equal(0, exit);
        Assert.DoesNotContain("additional arguments", output, StringComparison.Ordinal);
        Assert.DoesNotContain("[--]", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServeHelp_ListsUrls_AndVersionPrints()
    {
        var (_, help, _) = await CareerBotProcess.RunAsync(["serve", "--help"]);
        var (exit, version, _) = await CareerBotProcess.RunAsync(["--version"]);

        Assert.Contains("--urls <urls>", help, StringComparison.Ordinal);
        Assert.Equal(0, exit);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Trim());
    }

    [Fact]
    public void PublishedBinary_IsNamedCareerbot()
    {
        Assert.True(File.Exists(Path.Combine(CareerBotProcess.BinaryFolder, "careerbot.dll")));
        Assert.Equal("careerbot", typeof(CareerBot.Cli.CareerBotCommandLine).Assembly.GetName().Name);
    }

    [Theory]
    [InlineData("ask salary")]
    [InlineData("serve")]
    [InlineData("")]
    public async Task MalformedAppSettings_IsOneLineNamingTheFileAndLine(string args)
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.PathOf("appsettings.json"), "{\n  \"Logging\": {,\n}");

        var (exit, _, error) = await CareerBotProcess.RunAsync(args.Split(' ', StringSplitOptions.RemoveEmptyEntries), workingDirectory: folder.Root);

        Assert.Equal(2, exit);
        Assert.StartsWith($"careerbot: configuration error: {folder.PathOf("appsettings.json")}: not valid JSON at line 2: ", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Jsonl_EveryInputLineGetsOneOutputLine_ErrorsForBlankAndMalformed()
    {
        const string input = "{\"q\":\"salary entry\"}\n\n{not json\n{\"id\":\"x\"}\n   \nwhat maths do I need\n";

        var (exit, output, _) = await CareerBotProcess.RunAsync(["ask", "--jsonl"], input);

        Assert.Equal(0, exit);
        var lines = output.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(6, lines.Length);
        Assert.Equal("salary", lines[0].GetProperty("intent").GetString());
        Assert.StartsWith("empty line", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("not valid JSON", lines[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("missing \"q\"", lines[3].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("empty line", lines[4].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("skills", lines[5].GetProperty("intent").GetString());
    }

    [Fact]
    public async Task BareCareerbot_TokenOnlyInUserSecrets_ServeUsesIt()
    {
        // Before: the bare command saw the secret and chose serve, which then ignored user secrets and ran a
        // healthz-only server. Now serve reads them too, so the half-configured Slack stops start-up by name.
        using var home = new TempFolder();
        var secrets = Directory.CreateDirectory(home.PathOf(".microsoft/usersecrets/careerbot-6f1d2c1e")).FullName;
        await File.WriteAllTextAsync(Path.Combine(secrets, "secrets.json"), "{\"Slack:BotToken\": \"xoxb-1-2-secret\"}");

        var (exit, output, error) = await CareerBotProcess.RunAsync([], environment: new Dictionary<string, string> { ["HOME"] = home.Root });

        Assert.Equal(2, exit);
        Assert.StartsWith("careerbot: configuration error: Slack:SigningSecret", error, StringComparison.Ordinal);
        Assert.DoesNotContain("xoxb-1-2-secret", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_UnreachableSlack_RetriesAreOneLineWarningsWithoutStackTraces()
    {
        var (exit, output, error) = await CareerBotProcess.RunAsync(
            ["serve", "--urls", "http://127.0.0.1:0"],
            environment: new Dictionary<string, string>
            {
                ["Slack__BotToken"] = "xoxb-1-2-abc",
                ["Slack__SigningSecret"] = "0123456789abcdef0123456789abcdef",
                ["Slack__ApiBaseUrl"] = "http://127.0.0.1:9/",
                ["Slack__ApiRetryDelay"] = "00:00:00.010",
                // About Slack's retries, not the model: ONNX Runtime, stopped while it loads in the background, can
                // print a native line of its own as the process exits.
                ["Search__Semantic"] = "false",
            });

        var all = output + error;
        Assert.Equal(2, exit);
        Assert.StartsWith("careerbot: configuration error: Could not reach the Slack Web API", error, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^\s+at ", all);
        Assert.DoesNotContain("Exception", all, StringComparison.Ordinal);
        var retries = all.Split('\n').Where(l => l.StartsWith("warn: Polly", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, retries.Length); // Slack:ApiMaxRetries, one line each
        Assert.All(retries, r => Assert.Contains("could not reach the server", r, StringComparison.Ordinal));
        Assert.True(all.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length <= 8, all);
    }

    [Fact]
    public async Task Serve_UnreachableDiscord_StopsWithOneClearErrorAfterOneLineRetries()
    {
        // Before: the gateway asked GET /gateway/bot again and again for ever, one warning each, and never said
        // what to check. Now start-up asks once (the REST client retries it) and stops with what to fix.
        var (exit, output, error) = await CareerBotProcess.RunAsync(
            ["serve", "--urls", "http://127.0.0.1:0"],
            environment: new Dictionary<string, string>
            {
                ["Discord__BotToken"] = "MTIz.discord-test.token",
                ["Discord__ApiBaseUrl"] = "http://127.0.0.1:9/",
                ["Discord__Tuning__RestRetryBaseDelay"] = "00:00:00.010",
                ["Search__Semantic"] = "false",
            });

        var all = output + error;
        Assert.Equal(2, exit);
        Assert.StartsWith("careerbot: configuration error: Could not reach the Discord API to start the gateway (GET /gateway/bot: could not reach the server)", error, StringComparison.Ordinal);
        Assert.Contains("Discord:ApiBaseUrl", error, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^\s+at ", all);
        Assert.DoesNotContain("Exception", all, StringComparison.Ordinal);
        Assert.DoesNotContain("discord-test.token", all, StringComparison.Ordinal);
        var retries = all.Split('\n').Where(l => l.StartsWith("warn: Polly", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, retries.Length); // Discord:Tuning:RestMaxRetries, one line each
        Assert.All(retries, r => Assert.Contains("could not reach the server", r, StringComparison.Ordinal));
        Assert.True(all.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length <= 8, all);
    }
}
