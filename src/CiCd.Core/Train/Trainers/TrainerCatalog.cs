using CiCd.Configuration;

namespace CiCd.Train.Trainers;

/// <summary>Every trainer the pipeline knows, looked up by task and name.</summary>
public static class TrainerCatalog
{
    private static readonly TrainerDefinition[] All =
    [
        new LogisticRegression(TaskKind.Binary), new FastTree(TaskKind.Binary), new FastForest(), new LightGbm(TaskKind.Binary),
        new LogisticRegression(TaskKind.Multiclass), new SdcaMaximumEntropy(), new LightGbm(TaskKind.Multiclass), new FastTree(TaskKind.Multiclass),
        new Regression.FastTreeRegression(), new Regression.FastForestRegression(), new Regression.LightGbmRegression(),
        new Regression.SdcaRegression(), new Regression.OnlineGradientDescentRegression(), new Regression.PoissonRegression(),
    ];

    /// <summary>The trainers available for <paramref name="task"/>.</summary>
    public static IEnumerable<TrainerDefinition> For(TaskKind task) => All.Where(trainer => trainer.Task == task);

    /// <summary>The trainer called <paramref name="name"/> for <paramref name="task"/>, or null.</summary>
    public static TrainerDefinition? Find(TaskKind task, string name) =>
        For(task).FirstOrDefault(trainer => trainer.Name == name);
}
