using CareerBot.Storage.Postgres.Tests.TestSupport;
using CareerBot.Tests.TestSupport;

namespace CareerBot.Tests.Cli;

public sealed class ChatCommandTests
{
    [PostgresFact]
    public async Task Chat_WithThePostgresStore_RecordsItsQuestionsThere_AndWithoutAUserKeyStopsNamingIt()
    {
        await using var database = await TestDatabase.CreateAsync();
        var settings = new Dictionary<string, string>
        {
            ["Store__Provider"] = "postgres",
            ["Store__ConnectionString"] = database.ConnectionString,
            ["Store__UserKey"] = "a-terminal-chat-user-key-0123456789",
            ["Search__Semantic"] = "false",
        };

        var (exit, output, error) = await CareerBotProcess.RunAsync(["chat"], "salary senior\nexit\n", settings);
        settings.Remove("Store__UserKey");
        var (keyless, _, keylessError) = await CareerBotProcess.RunAsync(["chat"], "salary senior\nexit\n", settings);

        Assert.True(exit == 0, error);
        Assert.Contains("160,000", output, StringComparison.Ordinal);
        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM careerbot_questions WHERE platform = 'terminal' AND text = 'salary senior'"));
        Assert.Equal(2, keyless);
        Assert.StartsWith("careerbot: store error: Store:Provider (Store__Provider) is 'postgres' but Store:UserKey (Store__UserKey) is not set", keylessError, StringComparison.Ordinal);
    }
}
