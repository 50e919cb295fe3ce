namespace CareerBot.Reports;

/// <summary>What <c>careerbot report --format</c> writes.</summary>
internal enum ReportFormat
{
    Text,
    Json,
    Html,
}
