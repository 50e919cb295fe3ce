using System.Diagnostics;
using System.Text;
using CareerBot.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace CareerBot.Tests.Hosting;

/// <summary>Nothing a user saw acknowledged is lost: an answer is shown only after its record is committed.</summary>
[Collection(SerialProcesses.Name)]
public sealed class KilledProcessTests
{
    [Theory]
    [InlineData("Full")]
    [InlineData("Process")]
    public async Task SigkillRightAfterTheLastAnswer_EveryAnsweredQuestionIsFoundOnRestart(string durability)
    {
        using var folder = new TempFolder();
        var database = folder.PathOf("careerbot.db");
        const int Questions = 5;
        var start = new ProcessStartInfo(System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder.Root,
        };
        start.ArgumentList.Add(Path.Combine(CareerBotProcess.BinaryFolder, "careerbot.dll"));
        start.ArgumentList.Add("chat");
        start.Environment["Store__Path"] = database;
        start.Environment["Store__Durability"] = durability;

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var reading = Task.Run(async () =>
        {
            var buffer = new char[4096];
            int read;
            while ((read = await process.StandardOutput.ReadAsync(buffer)) > 0)
            {
                lock (output)
                {
                    output.Append(buffer, 0, read);
                }
            }
        });
        _ = process.StandardError.ReadToEndAsync();

        try
        {
            for (var i = 1; i <= Questions; i++)
            {
                var shown = Answers(output);
                await process.StandardInput.WriteLineAsync($"salary senior {i}");
                await process.StandardInput.FlushAsync();
                // The answer on screen is the acknowledgement: wait for it, nothing more.
                await WaitUntilAsync(() => Answers(output) > shown, process);
            }
        }
        finally
        {
            process.Kill(); // SIGKILL: no drain, no disposal, no flush of anything not yet committed
            await process.WaitForExitAsync();
        }

        await reading;
        Assert.Equal(137, process.ExitCode); // 128 + SIGKILL: the process was killed, it did not stop on its own
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT text FROM questions WHERE platform = 'terminal' ORDER BY text";
        var texts = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                texts.Add(reader.GetString(0));
            }
        }

        Assert.Equal(Enumerable.Range(1, Questions).Select(i => $"salary senior {i}"), texts);
    }

    private static int Answers(StringBuilder output)
    {
        lock (output)
        {
            var text = output.ToString();
            var count = 0;
            for (var at = text.IndexOf("160,000", StringComparison.Ordinal); at >= 0; at = text.IndexOf("160,000", at + 1, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, Process process)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.False(process.HasExited, "careerbot chat exited before answering");
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(120), "no answer within 120 s");
            await Task.Delay(10);
        }
    }
}
