using System.Net;
using CareerBot.Hosting;
using CareerBot.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CareerBot.Tests.Hosting;

[Collection(InProcessHosts.Name)]
public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task Serve_Healthz_Answers200OnceTheIndexIsBuilt()
    {
        await using var app = BotWebHost.Build(["--urls", "http://127.0.0.1:0"], Path.Combine(AppContext.BaseDirectory, "knowledge"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

        using var client = new HttpClient();
        using var response = await client.GetAsync(new Uri(new Uri(address), "/healthz"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("ok", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal); // "ok (lexical search; ...)" while the model loads
        await app.StopAsync();
    }

    [Fact]
    public async Task Serve_MalformedKnowledge_FailsToStartWithTheFileNamed()
    {
        var folder = Path.Combine(Path.GetTempPath(), "careerbot-health-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "guide"));
        try
        {
            await using var app = BotWebHost.Build(["--urls", "http://127.0.0.1:0"], folder);

            var error = await Assert.ThrowsAsync<CareerBot.Core.Knowledge.KnowledgeException>(() => app.StartAsync());
            Assert.Equal("guide: folder: holds no .md files", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
