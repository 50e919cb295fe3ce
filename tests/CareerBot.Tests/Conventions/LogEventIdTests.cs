using System.Reflection;
using Microsoft.Extensions.Logging;

namespace CareerBot.Tests.Conventions;

/// <summary>Every [LoggerMessage] event id is used once, inside its project's range (docs/event-ids.md).</summary>
public sealed class LogEventIdTests
{
    private static readonly (string Assembly, int From, int To)[] Ranges =
    [
        ("CareerBot.Core", 1000, 1999),
        ("CareerBot.Discord", 2000, 2999),
        ("CareerBot.Slack", 3000, 3999),
        ("CareerBot.Adapters", 4000, 4999),
        ("CareerBot.Storage.Postgres", 6000, 6999),
        ("CareerBot.Storage", 5000, 5999),
        ("careerbot", 9000, 9999),
    ];

    [Fact]
    public void EventIds_AreUniqueAcrossProjects_AndInTheirProjectsRange()
    {
        var ids = Ranges.SelectMany(range => LoggerMessages(Assembly.Load(range.Assembly))
            .Select(m => (range.Assembly, Method: $"{m.DeclaringType!.FullName}.{m.Name}", m.GetCustomAttribute<LoggerMessageAttribute>()!.EventId, range.From, range.To)))
            .ToList();

        Assert.True(ids.Count > 50, $"found only {ids.Count} log messages: the assemblies were not read");
        Assert.Empty(ids.GroupBy(i => i.EventId).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(i => i.Method))}"));
        Assert.Empty(ids.Where(i => i.EventId < i.From || i.EventId > i.To).Select(i => $"{i.Method} uses {i.EventId}, outside {i.Assembly}'s {i.From}-{i.To}"));
    }

    private static IEnumerable<MethodInfo> LoggerMessages(Assembly assembly) =>
        assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<LoggerMessageAttribute>() is not null);
}
