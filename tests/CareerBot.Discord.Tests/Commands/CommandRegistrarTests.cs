using CareerBot.Core;
using CareerBot.Discord.Commands;
using CareerBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CareerBot.Discord.Tests.Commands;

/// <summary><c>careerbot discord register-commands</c> as the CLI composes it: core + AddDiscordCommandRegistration.</summary>
public sealed class CommandRegistrarTests : IAsyncLifetime
{
    private FakeDiscordApi _api = null!;
    private ServiceProvider _services = null!;

    private IDiscordCommandRegistrar Registrar => _services.GetRequiredService<IDiscordCommandRegistrar>();

    public async Task InitializeAsync()
    {
        _api = await FakeDiscordApi.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(DiscordTestHost.Settings(_api)).Build();
        var collection = new ServiceCollection();
        collection.AddCareerBotCore(configuration);
        collection.AddDiscordCommandRegistration(configuration);
        collection.Replace(ServiceDescriptor.Singleton(TestTuning.Fast()));
        _services = collection.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _api.DisposeAsync();
    }

    [Fact]
    public async Task Register_InAGuild_AddsCareerWithTheShippedLevels()
    {
        var changes = await Registrar.RegisterAsync("300000000000000003", CancellationToken.None);

        Assert.Equal([new CommandChange("career", CommandChangeKind.Added, [])], changes);
        var put = await _api.WaitForAsync("PUT", $"applications/{DiscordTestHost.ApplicationId}/guilds/300000000000000003/commands");
        var career = Assert.Single(put.Json.EnumerateArray());
        var salary = career.GetProperty("options").EnumerateArray().Single(o => o.GetProperty("name").GetString() == "salary");
        Assert.Equal(["entry", "mid", "senior", "lead"], salary.GetProperty("options")[0].GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()));
        Assert.Equal($"Bot {DiscordTestHost.Token}", put.Header("Authorization"));
    }

    [Fact]
    public async Task Register_Again_ReportsUnchangedAndSendsNothing()
    {
        await Registrar.RegisterAsync(null, CancellationToken.None);
        var registered = _api.Matching("PUT", $"applications/{DiscordTestHost.ApplicationId}/commands").Single().Body;
        _api.CurrentCommandsJson = registered.Replace("{\"name\":\"career\"", "{\"id\":\"1\",\"application_id\":\"2\",\"version\":\"3\",\"default_member_permissions\":null,\"name\":\"career\"", StringComparison.Ordinal);

        var changes = await Registrar.RegisterAsync(null, CancellationToken.None);

        Assert.Equal([new CommandChange("career", CommandChangeKind.Unchanged, [])], changes);
        Assert.Single(_api.Matching("PUT", "applications/"));
    }

    [Fact]
    public async Task Register_OverOlderDefinitions_ReportsUpdatedAndRemoved()
    {
        _api.CurrentCommandsJson = """
            [{"id":"1","type":1,"name":"career","description":"Career advice for machine-learning engineers: salaries, skills, paths.","contexts":[0,1],"integration_types":[0],
              "options":[{"type":1,"name":"help","description":"old help text"},{"type":1,"name":"jobs","description":"removed subcommand"}]},
             {"id":"2","type":1,"name":"legacy","description":"an old command"}]
            """;

        var changes = await Registrar.RegisterAsync(null, CancellationToken.None);

        var career = changes.Single(c => c.Name == "career");
        Assert.Equal(CommandChangeKind.Updated, career.Kind);
        Assert.Contains("added ask", career.Details);
        Assert.Contains("changed help", career.Details);
        Assert.Contains("removed jobs", career.Details);
        Assert.Contains(new CommandChange("legacy", CommandChangeKind.Removed, []), changes);
        await _api.WaitForAsync("PUT", $"applications/{DiscordTestHost.ApplicationId}/commands");
    }
}
