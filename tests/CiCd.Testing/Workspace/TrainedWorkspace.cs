using CiCd.Configuration;
using CiCd.Formats;
using CiCd.Reporting;
using CiCd.Reporting.Content;
using CiCd.Tracking.Store;
using CiCd.Train;

namespace CiCd.Testing.Workspace;

/// <summary>
/// A workspace as the pipeline leaves it: a tiny model really trained (one logistic regression, two folds),
/// gated by `mlops gate`, a champion in the registry under the production alias, and runs in a SQLite
/// tracking store recorded the way `mlops train` records them. Built once per test collection.
/// </summary>
public sealed class TrainedWorkspace : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly Lazy<ReportData> _report;

    public TrainedWorkspace()
    {
        ToyCreditData.Write(_folder.PathOf("toy.csv"), rows: 400, seed: 11);
        File.WriteAllText(ConfigPath, ToyCreditData.Config("toy.csv"));
        var result = new TrainingEngine(ConfigLoader.Load(ConfigPath), new TrainingOptions(TrainFolder, _folder.PathOf("cache"), UseCache: false)).Run();
        Card = JsonReport.Read<ModelCard>(result.CardPath);
        var gate = Mlops.Run("gate", "--config", ConfigPath, "--candidate", result.CardPath, "--out", GateFolder);
        if (gate.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"mlops gate failed while building the fixture: {gate.Error}");
        }
        RegisterChampion();
        RecordedRuns.Record(Tracking, _folder.PathOf("artifacts"), Card, TrainFolder);
        _report = new Lazy<ReportData>(() => new ReportBuilder(Options(_folder.PathOf("out/report")), TimeProvider.System).Build());
    }

    /// <summary>The workspace's report data, built once for the rendering tests.</summary>
    public ReportData Report => _report.Value;

    public string Root => _folder.Root;

    public string ConfigPath => _folder.PathOf("mlops.yaml");

    public string TrainFolder => _folder.PathOf("out/train");

    public string GateFolder => _folder.PathOf("out/gate");

    public string RegistryRoot => _folder.PathOf("models");

    public string TrackingPath => _folder.PathOf(".mlops/tracking.db");

    public TrackingLocation Tracking => TrackingLocation.Sqlite(TrackingPath);

    public ModelCard Card { get; }

    /// <summary>The champion's roc_auc is this much below the candidate's, its expected cost this much above.</summary>
    public const double ChampionGap = 0.02;

    public ReportOptions Options(string output) => new()
    {
        TrainFolder = TrainFolder,
        GateFolder = GateFolder,
        Tracking = Tracking,
        RegistryRoot = RegistryRoot,
        ConfigPath = ConfigPath,
        OutputFolder = output,
        ImportanceRepeats = 3,
    };

    public void Dispose() => _folder.Dispose();

    // The champion goes through the register stage like any version; only its card's metrics are doctored.
    private void RegisterChampion() =>
        DoctoredChampion.Register(TrainFolder, _folder.PathOf("champion"), RegistryRoot, Card.Name, metrics =>
        {
            metrics["roc_auc"] -= ChampionGap;
            metrics["expected_cost"] += ChampionGap;
        });
}
