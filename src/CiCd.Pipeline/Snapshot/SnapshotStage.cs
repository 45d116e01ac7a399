using CiCd.Configuration;
using CiCd.Data;
using CiCd.Formats;
using CiCd.Monitoring.Snapshots;

namespace CiCd.Pipeline.Snapshot;

/// <summary>
/// The snapshot stage: the next training set from the base data and the labelled production rows of a log window,
/// validated and fingerprinted, written with its provenance in <c>FILE.provenance.json</c> — or not at all when it fails validation.
/// </summary>
public sealed class SnapshotStage(MlopsConfig config)
{
    /// <summary>The provenance file written beside a snapshot.</summary>
    public static string ProvenancePath(string snapshotPath) => snapshotPath + ".provenance.json";

    /// <summary>Builds the snapshot and writes it when it passes validation.</summary>
    public SnapshotOutcome Run(SnapshotRequest request)
    {
        var (table, validation, provenance) = TrainingSnapshot.Build(config, request.BasePath, request.Log, request.Labels,
            request.Since, request.Until, request.OutputPath);
        if (!validation.Passed)
        {
            return new SnapshotOutcome(validation, provenance, Written: false);
        }
        CsvWriter.Write(request.OutputPath, table.Header, table.Rows.Select(r => (IReadOnlyList<string?>)r.Values));
        JsonReport.Write(ProvenancePath(request.OutputPath), provenance);
        return new SnapshotOutcome(validation, provenance, Written: true);
    }
}
