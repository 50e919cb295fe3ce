using CareerBot.Adapters.Resilience;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace CareerBot.Logging;

/// <summary>
/// One line per record: <c>warn: Category[id] message</c>. A warning is a handled, expected condition (a retry, a
/// dropped connection), so its exception is summarised on the same line ("could not reach the server: ..."); only
/// errors and criticals carry the stack trace, where it helps.
/// </summary>
internal sealed class CareerBotConsoleFormatter() : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "careerbot";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (string.IsNullOrEmpty(message) && logEntry.Exception is null)
        {
            return;
        }

        textWriter.Write(Level(logEntry.LogLevel));
        textWriter.Write(": ");
        textWriter.Write(logEntry.Category);
        textWriter.Write('[');
        textWriter.Write(logEntry.EventId.Id);
        textWriter.Write("] ");
        textWriter.Write(message.ReplaceLineEndings(" "));
        if (logEntry.Exception is { } exception)
        {
            if (logEntry.LogLevel >= LogLevel.Error)
            {
                textWriter.Write(Environment.NewLine);
                textWriter.Write(exception.ToString());
            }
            else
            {
                var kind = NetworkFailure.Kind(exception);
                var detail = message.Contains(exception.Message, StringComparison.Ordinal) ? null : exception.Message.ReplaceLineEndings(" ");
                var summary = string.Join(": ", new[] { kind, detail }.OfType<string>());
                if (summary.Length > 0)
                {
                    textWriter.Write(" (");
                    textWriter.Write(summary);
                    textWriter.Write(')');
                }
            }
        }

        textWriter.Write(Environment.NewLine);
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => "none",
    };
}
