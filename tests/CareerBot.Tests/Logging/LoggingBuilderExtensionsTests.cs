using System.Text.Json;
using CareerBot.Hosting;
using CareerBot.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace CareerBot.Tests.Logging;

/// <summary>
/// <c>Logging__Console__FormatterName=json</c> (what deploy/ sets) gives structured logs from <c>serve</c>; without it the
/// one-line CareerBot format. The record is rendered by the formatter the console logger picks for the setting.
/// </summary>
[Collection(InProcessHosts.Name)]
public sealed class LoggingBuilderExtensionsTests
{
    private static readonly Action<ILogger, string, string, bool, double, Exception?> Question = LoggerMessage.Define<string, string, bool, double>(
        LogLevel.Information, new EventId(1301, "Question"), "Question on {Platform}: {Intent}, answered {Answered}, {LatencyMs:F2} ms");

    [Fact]
    public async Task Serve_FormatterNameJson_WritesEachRecordAsOneJsonObjectWithItsFields()
    {
        await using var app = BotWebHost.Build(["--urls", "http://127.0.0.1:0", "--Logging:Console:FormatterName=json"], Path.Combine(AppContext.BaseDirectory, "knowledge"));

        var line = Render(app.Services);

        using var json = JsonDocument.Parse(line);
        var state = json.RootElement.GetProperty("State");
        Assert.Equal("Information", json.RootElement.GetProperty("LogLevel").GetString());
        Assert.Equal(1301, json.RootElement.GetProperty("EventId").GetInt32());
        Assert.Equal(("slack", "salary", true, 0.42), (state.GetProperty("Platform").GetString(), state.GetProperty("Intent").GetString(), state.GetProperty("Answered").GetBoolean(), state.GetProperty("LatencyMs").GetDouble()));
        Assert.Equal("Question on slack: salary, answered True, 0.42 ms", json.RootElement.GetProperty("Message").GetString());
        Assert.DoesNotContain('\n', line.TrimEnd());
    }

    [Fact]
    public async Task Serve_NoFormatterSetting_WritesTheOneLineFormat()
    {
        await using var app = BotWebHost.Build(["--urls", "http://127.0.0.1:0"], Path.Combine(AppContext.BaseDirectory, "knowledge"));

        var line = Render(app.Services);

        Assert.Equal("info: CareerBot.Core.Diagnostics.ObservedResponder[1301] Question on slack: salary, answered True, 0.42 ms", line.TrimEnd());
    }

    /// <summary>One question record through the formatter the console logger of this host uses.</summary>
    private static string Render(IServiceProvider services)
    {
        var name = services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName;
        var formatter = services.GetServices<ConsoleFormatter>().Single(f => f.Name == name);
        var capture = new CapturingLogger();
        Question(capture, "slack", "salary", true, 0.42, null);
        using var output = new StringWriter();
        formatter.Write(capture.Entry!.Value, null, output);
        return output.ToString();
    }

    private sealed class CapturingLogger : ILogger
    {
        public LogEntry<object>? Entry { get; private set; }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entry = new LogEntry<object>(logLevel, "CareerBot.Core.Diagnostics.ObservedResponder", eventId, state!, exception, (s, e) => formatter((TState)s, e));
    }
}
