using CiCd.Gate;

namespace CiCd.Reporting.Content;

/// <summary>Everything one report shows: written as report.json and rendered as HTML and Markdown.</summary>
public sealed record ReportData(
    DateTimeOffset GeneratedUtc,
    string Model,
    ReportPart<LatestRun> Latest,
    ReportPart<GateReport> Gate,
    ReportPart<ChampionComparison> Champion,
    ReportPart<ImportanceResult> Importance,
    ReportPart<RunHistory> Runs,
    IReadOnlyList<ArtefactLink> Artefacts);
