using Microsoft.Extensions.Configuration;

namespace CareerBot.Hosting;

/// <summary>
/// Configuration for the CLI commands that do not start the web host: the same sources as
/// <c>serve</c> (appsettings.json, user secrets, environment), plus <c>--knowledge</c> on top.
/// </summary>
internal static class CareerBotConfiguration
{
    public static IConfigurationRoot Build(string? knowledgePath)
    {
        var builder = new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile("appsettings.json", optional: true)
            .AddUserSecrets(typeof(CareerBotConfiguration).Assembly, optional: true)
            .AddEnvironmentVariables();
        ApplyKnowledgeOverride(builder, knowledgePath);
        return builder.Build();
    }

    /// <summary><c>--knowledge DIR</c> wins over every other source.</summary>
    public static void ApplyKnowledgeOverride(IConfigurationBuilder builder, string? knowledgePath)
    {
        if (!string.IsNullOrWhiteSpace(knowledgePath))
        {
            builder.AddInMemoryCollection([new("Knowledge:Path", knowledgePath)]);
        }
    }
}
