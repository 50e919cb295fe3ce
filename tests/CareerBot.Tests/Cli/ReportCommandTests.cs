using System.Text.Json;
using CareerBot.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace CareerBot.Tests.Cli;

[Collection(SerialProcesses.Name)]
public sealed class ReportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DatabasePath => _folder.PathOf("data/careerbot.db");

    private Dictionary<string, string> Environment => new() { ["Store__Path"] = DatabasePath };

    [Fact]
    public async Task Json_IsOneObject_WithTheCountsAndGroupings()
    {
        await SeededStore.WriteSampleAsync(DatabasePath);

        var (exit, output, error) = await CareerBotProcess.RunAsync(["report", "--since", "2026-01-01", "--format", "json"], environment: Environment);

        Assert.True(exit == 0, error);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(5, json.GetProperty("questions").GetInt32());
        Assert.Equal(3, json.GetProperty("answered").GetInt32());
        Assert.Equal(
            [("2026-01-05", 3, 2), ("2026-01-06", 2, 1)],
            json.GetProperty("byDay").EnumerateArray().Select(d => (d.GetProperty("day").GetString(), d.GetProperty("questions").GetInt32(), d.GetProperty("answered").GetInt32())));
        Assert.Equal(2, json.GetProperty("byPlatform").GetProperty("slack").GetInt32());
        Assert.Equal(2, json.GetProperty("byPlatform").GetProperty("discord").GetInt32());
        Assert.Equal(1, json.GetProperty("byPlatform").GetProperty("terminal").GetInt32());
        var unanswered = Assert.Single(json.GetProperty("unanswered").EnumerateArray());
        Assert.Equal(2, unanswered.GetProperty("count").GetInt32());
        Assert.Equal("Banana, bread?", unanswered.GetProperty("text").GetString());
        var notHelpful = Assert.Single(json.GetProperty("notHelpful").EnumerateArray());
        Assert.Equal(("Getting started", 0, 2), (notHelpful.GetProperty("title").GetString(), notHelpful.GetProperty("helpful").GetInt32(), notHelpful.GetProperty("notHelpful").GetInt32()));
        Assert.Equal((1, 2), (json.GetProperty("votes").GetProperty("helpful").GetInt32(), json.GetProperty("votes").GetProperty("notHelpful").GetInt32()));
        Assert.Equal("ask", json.GetProperty("slowestIntents")[0].GetProperty("intent").GetString());
    }

    [Fact]
    public async Task Text_IsTheDefault_AndSinceNarrowsThePeriod()
    {
        await SeededStore.WriteSampleAsync(DatabasePath);

        var (exit, output, error) = await CareerBotProcess.RunAsync(["report", "--since", "2026-01-06"], environment: Environment);

        Assert.True(exit == 0, error);
        Assert.Contains("Questions: 2, answered 1 (50.0%)", output, StringComparison.Ordinal);
        Assert.Contains("terminal       1", output, StringComparison.Ordinal);
        Assert.DoesNotContain("discord", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_WithOut_WritesTheFile()
    {
        await SeededStore.WriteSampleAsync(DatabasePath);
        var file = _folder.PathOf("report.html");

        var (exit, output, error) = await CareerBotProcess.RunAsync(["report", "--since", "2026-01-01", "--format", "html", "--out", file], environment: Environment);

        Assert.True(exit == 0, error);
        Assert.Contains("report written to " + file, output, StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(file);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<svg id=\"chart-days\"", html, StringComparison.Ordinal);
        Assert.Contains("Banana, bread?", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--since", "7w", "careerbot report: --since must be a number of days or hours back (7d, 24h) or a date (2026-01-31), found '7w'")]
    [InlineData("--format", "xml", "careerbot report: --format must be text, json or html, found 'xml'")]
    public async Task BadOptions_AreOneLineAndExit2(string option, string value, string expected)
    {
        var (exit, _, error) = await CareerBotProcess.RunAsync(["report", option, value], environment: Environment);

        Assert.Equal(2, exit);
        Assert.Equal(expected, error.Trim());
    }

    [Fact]
    public async Task NoDatabase_SaysWhereItLooked_Exit1()
    {
        var (exit, _, error) = await CareerBotProcess.RunAsync(["report"], environment: Environment);

        Assert.Equal(1, exit);
        Assert.Contains($"no database at {DatabasePath}", error, StringComparison.Ordinal);
        Assert.False(File.Exists(DatabasePath));
    }

    [Fact]
    public async Task ANewerSchema_StopsStartUpWithOneClearLine_Exit2()
    {
        await SeededStore.WriteSampleAsync(DatabasePath);
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE schema_version SET version = 99";
            command.ExecuteNonQuery();
        }

        var (reportExit, _, reportError) = await CareerBotProcess.RunAsync(["report"], environment: Environment);
        var (chatExit, _, chatError) = await CareerBotProcess.RunAsync(["chat"], "salary\n", Environment);

        Assert.Equal(2, reportExit);
        Assert.Equal(2, chatExit);
        foreach (var error in new[] { reportError, chatError })
        {
            Assert.Equal(
                $"careerbot: store error: The database {DatabasePath} has schema version 99, newer than this careerbot knows (1): it was written by a newer release. Run that release (or newer), or point Store__Path at another file.",
                error.Trim());
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
