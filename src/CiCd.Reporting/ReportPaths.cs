namespace CiCd.Reporting;

/// <summary>Where the report's files were written.</summary>
public sealed record ReportPaths(string Html, string Markdown, string Json);
