using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Perfolizer.Mathematics.OutlierDetection;

namespace CareerBot.Benchmarks;

/// <summary>
/// Adds p50, p95 and p99 beside the mean: the targets are percentiles. Every measured answer counts: by default
/// BenchmarkDotNet drops the slow outliers before its statistics, which would leave the slowest answers out of the p99.
/// </summary>
public sealed class PercentileConfig : ManualConfig
{
    public PercentileConfig()
    {
        AddJob(Job.Default.WithOutlierMode(OutlierMode.DontRemove).AsDefault());
        AddColumn(StatisticColumn.P50, StatisticColumn.P95, new P99Column());
    }

    /// <summary>BenchmarkDotNet has P0-P100 columns up to P95 only; p99 of the measured iterations, in ms.</summary>
    private sealed class P99Column : IColumn
    {
        public string Id => nameof(P99Column);
        public string ColumnName => "P99";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Statistics;
        public int PriorityInCategory => 10;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Percentile 99 of the measured iterations, in milliseconds";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) =>
            summary[benchmarkCase]?.ResultStatistics is { } statistics
                ? (statistics.Percentiles.Percentile(99) / 1e6).ToString("0.000 'ms'", CultureInfo.InvariantCulture)
                : "NA";

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
