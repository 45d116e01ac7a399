using CiCd.Monitoring.Analysis;

namespace CiCd.Serving.Dashboard;

/// <summary>A drift report and the file it was read from.</summary>
public sealed record StoredReport(string File, DriftReport Report);
