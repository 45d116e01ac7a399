using CiCd.Data;

namespace CiCd.Train;

/// <summary>What a fresh training run read and produced, handed to each <see cref="ITrainingOutput"/>.</summary>
/// <param name="Data">The dataset as read and typed, once, for this run.</param>
/// <param name="TrainRows">The rows of <paramref name="Data"/> in the training split (the seeded holdout's other side).</param>
/// <param name="Card">The model card the run wrote.</param>
public sealed record TrainingRun(Dataset Data, IReadOnlyList<int> TrainRows, ModelCard Card)
{
    private readonly Dataset? _train;

    /// <summary>
    /// The training split itself (<see cref="Data"/> at <see cref="TrainRows"/>): the engine hands over the copy it trained
    /// on, so an output does not make another one (a hundred megabytes at a million rows); selected on first use otherwise.
    /// </summary>
    public Dataset Train
    {
        get => _train ?? Data.Select(TrainRows);
        init => _train = value;
    }
}
