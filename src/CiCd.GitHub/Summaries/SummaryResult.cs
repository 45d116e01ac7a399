namespace CiCd.GitHub.Summaries;

/// <summary>What an append to the job summary wrote.</summary>
/// <param name="BytesWritten">UTF-8 bytes appended (0 when the summary was already full).</param>
/// <param name="Truncated">True when the Markdown was cut or left out.</param>
public sealed record SummaryResult(int BytesWritten, bool Truncated);
