using BenchmarkDotNet.Running;
using CareerBot.Benchmarks;

if (args.Length > 0 && args[0] == "--profile") { ProfileParts.Run(); return; }
if (args.Length > 0 && args[0] == "--long")
{
    // The longest allowed question of random words, timed with a stopwatch (BenchmarkDotNet: --filter *LongQuestion*).
    var question = LongQuestionBenchmarks.LongestQuestion(new CareerBot.Core.Routing.QuestionOptions(), mixed: args.Length > 1 && args[1] == "mixed", seed: 7);
    await QuickTiming.RunAsync(50, [question]);
    return;
}

if (args.Length > 0 && args[0] == "--dedupe")
{
    await DedupeTiming.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5000);
    return;
}

if (args.Length > 0 && args[0] == "--fresh")
{
    await FreshTiming.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 300);
    return;
}

if (args.Length > 0 && args[0] == "--quick")
{
    await QuickTiming.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000, args.Skip(2).ToArray());
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(QuickTiming).Assembly).Run(args);
