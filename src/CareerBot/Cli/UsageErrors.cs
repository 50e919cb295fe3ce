using System.CommandLine;
using System.CommandLine.Parsing;
using CareerBot.Core.Routing;

namespace CareerBot.Cli;

/// <summary>
/// A command line that does not parse is one line on stderr and exit code 2: the first problem, with the
/// closest command or option when something was mistyped. Nothing unrecognised is ever ignored.
/// </summary>
internal static class UsageErrors
{
    public const int ExitCode = 2;

    private static readonly string[] BotCommands = [CommandNames.Salary, CommandNames.Skills, CommandNames.Path, CommandNames.Compare];

    /// <summary>The one-line message for a command line that must not run, or null when it may.</summary>
    public static string? Describe(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        var unmatched = parseResult.UnmatchedTokens.FirstOrDefault() ?? OptionLikeArgument(parseResult);
        if (unmatched is not null)
        {
            return LooksLikeOption(unmatched) ? UnknownOption(unmatched, parseResult) : UnknownCommand(unmatched, parseResult);
        }

        return parseResult.Errors.Count == 0 ? null : $"careerbot{Prefix(command)}: {parseResult.Errors[0].Message}";
    }

    public static async Task<int> ReportAsync(string message, TextWriter error)
    {
        await error.WriteLineAsync(message.StartsWith("careerbot", StringComparison.Ordinal) ? message : "careerbot: " + message);
        return ExitCode;
    }

    private static string UnknownCommand(string token, ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        if (command is RootCommand && BotCommands.Contains(token.ToLowerInvariant()))
        {
            var question = string.Join(' ', parseResult.UnmatchedTokens);
            return $"careerbot: unrecognized command '{token}'; to ask the bot, use: careerbot ask \"{question}\"";
        }

        if (command is RootCommand && token.Equals(CommandNames.Help, StringComparison.OrdinalIgnoreCase))
        {
            return "careerbot: unrecognized command 'help'; did you mean 'careerbot --help'? (or ask the bot: careerbot ask help)";
        }

        var names = command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToArray();
        if (names.Length == 0)
        {
            return $"careerbot{Prefix(command)}: unrecognized argument '{token}'; see 'careerbot{Prefix(command)} --help'";
        }

        var closest = ClosestMatch.Find(token, names);
        return $"careerbot{Prefix(command)}: unrecognized command '{token}'; did you mean '{closest}'? (see 'careerbot{Prefix(command)} --help')";
    }

    private static string UnknownOption(string token, ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        var names = OptionsOf(parseResult.CommandResult).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var typed = token.Split('=', 2)[0];
        var meant = typed is "--port" or "--url" or "--address" && names.Contains("--urls") ? "--urls" : null;
        var closest = meant ?? ClosestMatch.Find(typed, names.OrderBy(n => n is "--help" or "--version"));
        return $"careerbot{Prefix(command)}: unrecognized option '{typed}'; did you mean '{closest}'? (see 'careerbot{Prefix(command)} --help')";
    }

    /// <summary>
    /// A token that looks like an option but was taken as an argument (<c>ask salary --jsn</c>): an error too,
    /// unless it comes after <c>--</c>, which is how to pass such a word on purpose.
    /// </summary>
    private static string? OptionLikeArgument(ParseResult parseResult)
    {
        var tokens = parseResult.Tokens.ToList();
        var doubleDash = tokens.FindIndex(t => t.Type == TokenType.DoubleDash);
        foreach (var argument in parseResult.CommandResult.Children.OfType<ArgumentResult>())
        {
            foreach (var token in argument.Tokens)
            {
                var index = tokens.FindIndex(t => ReferenceEquals(t, token));
                if (LooksLikeOption(token.Value) && (doubleDash < 0 || index < doubleDash))
                {
                    return token.Value;
                }
            }
        }

        return null;
    }

    private static bool LooksLikeOption(string token) => token.Length > 1 && token[0] == '-' && (char.IsLetter(token[1]) || (token[1] == '-' && token.Length > 2));

    private static IEnumerable<Option> OptionsOf(CommandResult result)
    {
        for (SymbolResult? current = result; current is not null; current = current.Parent)
        {
            if (current is CommandResult { Command: var command })
            {
                foreach (var option in command.Options.Where(o => !o.Hidden && (o.Recursive || current == result)))
                {
                    yield return option;
                }
            }
        }
    }

    private static string Prefix(Command command) => command is RootCommand ? string.Empty : " " + PathOf(command);

    private static string PathOf(Command command)
    {
        var names = new List<string>();
        for (var current = command; current is not null and not RootCommand; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            names.Insert(0, current.Name);
        }

        return string.Join(' ', names);
    }
}
