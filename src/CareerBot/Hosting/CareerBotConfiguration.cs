using Microsoft.Extensions.Configuration;

namespace CareerBot.Hosting;

/// <summary>
/// The one definition of where settings come from, used by every command (<c>serve</c>, the bare
/// <c>careerbot</c> that decides whether to serve, <c>chat</c>, <c>ask</c>, <c>eval</c>, <c>health</c>, the
/// platform tools), lowest priority first: <c>appsettings.json</c> beside the binary, <c>appsettings.json</c> in
/// the working directory, user secrets, <c>ASPNETCORE_</c>/<c>DOTNET_</c> host variables, environment variables,
/// the command line's host switches, then <c>--knowledge</c>.
/// </summary>
internal static class CareerBotConfiguration
{
    /// <summary>
    /// Log levels any settings file or variable may override: quiet per-request and per-attempt records (ASP.NET
    /// request logging, HttpClient, Polly), and no duplicate "Hosting failed to start" for an error the CLI prints.
    /// </summary>
    private static readonly Dictionary<string, string?> LoggingDefaults = new(StringComparer.Ordinal)
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:Microsoft.Extensions.Hosting.Internal.Host"] = "None",
        ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Warning",
        ["Logging:LogLevel:Polly"] = "Warning",
    };

    public static IConfigurationRoot Build(string? knowledgePath)
    {
        var builder = new ConfigurationBuilder();
        AddSources(builder, knowledgePath, []);
        return builder.Build();
    }

    public static void AddSources(IConfigurationBuilder builder, string? knowledgePath, string[] hostArgs)
    {
        builder.AddInMemoryCollection(LoggingDefaults);
        var binaryFolderSettings = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        var workingFolderSettings = Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json");
        builder.AddJsonFile(binaryFolderSettings, optional: true, reloadOnChange: false);
        if (!string.Equals(Path.GetFullPath(binaryFolderSettings), Path.GetFullPath(workingFolderSettings), StringComparison.Ordinal))
        {
            builder.AddJsonFile(workingFolderSettings, optional: true, reloadOnChange: false);
        }

        builder.AddUserSecrets(typeof(CareerBotConfiguration).Assembly, optional: true, reloadOnChange: false)
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddEnvironmentVariables()
            .AddCommandLine(hostArgs);
        ApplyKnowledgeOverride(builder, knowledgePath);
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
