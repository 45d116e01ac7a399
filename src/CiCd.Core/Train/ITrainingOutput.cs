namespace CiCd.Train;

/// <summary>A file of a training run written by a layer above the engine, from the rows the run trained on.</summary>
public interface ITrainingOutput
{
    /// <summary>The file's name in the run folder (one of <see cref="TrainingFiles.All"/>).</summary>
    string File { get; }

    /// <summary>What writing the file costs, in reads of the data file (both grow with rows × columns), for the time left.</summary>
    double Cost => 1.0;

    /// <summary>Writes the file to <paramref name="path"/>, inside the folder that becomes the cache entry.</summary>
    void Write(TrainingRun run, string path);
}
