namespace CareerBot.Storage;

/// <summary>Reads what <see cref="IFeedbackStore"/> recorded, summed up for <c>careerbot report</c> and the digest.</summary>
public interface IFeedbackReport
{
    /// <summary>The summary of the questions asked in <see cref="ReportQuery.Since"/> .. <see cref="ReportQuery.Until"/>.</summary>
    Task<ReportData> ReadAsync(ReportQuery query, CancellationToken cancellationToken);
}
