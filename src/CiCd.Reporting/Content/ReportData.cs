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
    IReadOnlyList<ArtefactLink> Artefacts)
{
    /// <summary>The training data's profile against production's: the summary's data section.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public ReportPart<DataComparison> Data { get; init; } = ReportPart.Missing<DataComparison>("no data profile was read");
}
