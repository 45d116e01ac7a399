namespace CiCd.Reporting.Content;

/// <summary>
/// One section's data, or the reason it is missing: a report with no gate run yet, or no champion, still
/// renders and says so instead of failing.
/// </summary>
public sealed record ReportPart<T>(T? Content, string? Note)
    where T : class;
