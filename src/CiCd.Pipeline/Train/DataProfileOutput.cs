using CiCd.Data.Profiling;
using CiCd.Formats;
using CiCd.Train;

namespace CiCd.Pipeline.Train;

/// <summary>
/// Writes the data profile of a fresh run's training rows (<c>data-profile.json</c>) from the data the engine already
/// holds in memory, so a run, its cache entry and its registered version carry the profile without reading the file again.
/// </summary>
internal sealed class DataProfileOutput : ITrainingOutput
{
    public string File => TrainingFiles.DataProfile;

    public void Write(TrainingRun run, string path) =>
        JsonReport.Write(path, ReportedLevels.Of(DataProfiler.Profile(ProfileSource.FromDataset(run.Train, run.Card.Data.Fingerprint))));
}
