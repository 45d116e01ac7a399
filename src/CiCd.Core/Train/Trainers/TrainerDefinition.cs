using CiCd.Configuration;
using Microsoft.ML;

namespace CiCd.Train.Trainers;

/// <summary>
/// A trainer the pipeline can search over: its name, task and hyperparameters, and how it becomes an
/// ML.NET estimator. Every trainer but LightGBM runs single-threaded so that a seed gives identical models; the search
/// parallelizes across folds instead. LightGBM uses every core with thread-count-independent settings, because
/// ML.NET runs one LightGBM training per process at a time (see <see cref="LightGbm.Threads"/>), except on the folds
/// of a small table (<see cref="LightGbmThreads"/>).
/// </summary>
public abstract class TrainerDefinition
{
    /// <summary>The name written in mlops.yaml.</summary>
    public abstract string Name { get; }

    /// <summary>The task the trainer solves.</summary>
    public abstract TaskKind Task { get; }

    /// <summary>The hyperparameters the search may set.</summary>
    public abstract IReadOnlyList<HyperParameter> Parameters { get; }

    /// <summary>
    /// Builds the estimator that maps the <c>Features</c> vector and <c>Label</c> column to scores
    /// (binary: a calibrated <c>Probability</c>; multiclass: a <c>Score</c> vector over the label keys).
    /// </summary>
    public abstract IEstimator<ITransformer> Create(MLContext ml, IReadOnlyDictionary<string, double> values);

    /// <summary>The threads one fit of this trainer uses (one unless the trainer says otherwise): what a refit alone can use of the machine.</summary>
    public virtual int FitThreads => 1;

    /// <summary>
    /// This trainer as it fits one cross-validation fold of <paramref name="cells"/> cells (rows × feature columns):
    /// itself, unless the trainer sizes its threads to the fold (<see cref="LightGbmThreads"/>). The refit keeps the
    /// trainer as it is: LightGBM writes its thread count into the saved model, and a fold's model is never saved.
    /// </summary>
    public virtual TrainerDefinition ForFold(long cells) => this;

    /// <summary>The value of <paramref name="name"/>, or its default when the search did not set it.</summary>
    protected double Value(IReadOnlyDictionary<string, double> values, string name) =>
        values.TryGetValue(name, out var value) ? value : Parameters.Single(p => p.Name == name).Default;

    /// <summary>The value of a whole-number parameter.</summary>
    protected int IntValue(IReadOnlyDictionary<string, double> values, string name) =>
        (int)Math.Round(Value(values, name));
}
