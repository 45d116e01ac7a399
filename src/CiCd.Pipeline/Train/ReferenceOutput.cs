using CiCd.Configuration;
using CiCd.Monitoring.Profiles;
using CiCd.Train;

namespace CiCd.Pipeline.Train;

/// <summary>
/// Writes the drift reference of a fresh run from the table and split the engine already holds, and keeps
/// what it wrote for the stage to return.
/// </summary>
internal sealed class ReferenceOutput(DatasetConfig dataset) : ITrainingOutput
{
    /// <summary>The run this output was written for; null after a cache hit.</summary>
    public TrainingRun? Run { get; private set; }

    /// <summary>The profile written; null after a cache hit.</summary>
    public ReferenceProfile? Profile { get; private set; }

    public string File => TrainingFiles.ReferenceProfile;

    public void Write(TrainingRun run, string path)
    {
        Run = run;
        Profile = TrainingReference.Build(dataset, run.Data, run.TrainRows);
        ReferenceProfileJson.Save(Profile, path);
    }
}
