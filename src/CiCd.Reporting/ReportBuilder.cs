using CiCd.Formats;
using CiCd.Gate;
using CiCd.Reporting.Content;
using CiCd.Reporting.Importance;
using CiCd.Reporting.Sources;
using CiCd.Train;

namespace CiCd.Reporting;

/// <summary>
/// Gathers the report's data from the stages' outputs. A missing input leaves its section with a note; a
/// corrupt one is an input error naming the file and line.
/// </summary>
public sealed class ReportBuilder(ReportOptions options, TimeProvider clock)
{
    /// <summary>Reads every input and returns the report's data.</summary>
    public ReportData Build()
    {
        var card = TrainOutputSource.ReadCard(options.TrainFolder);
        var model = options.Model ?? card?.Name;
        var noTraining = $"no model card in {options.TrainFolder}: run 'mlops train' first";
        return new ReportData(
            clock.GetUtcNow(),
            model ?? "(unknown)",
            card is null ? ReportPart.Missing<LatestRun>(noTraining) : ReportPart.Of(TrainOutputSource.Describe(options.TrainFolder, card)),
            ReadGate(),
            card is null || model is null
                ? ReportPart.Missing<ChampionComparison>(noTraining)
                : ChampionSource.Compare(options.RegistryRoot, model, card.RunId, card.Metrics, card.Training.PrimaryMetric),
            card is null
                ? ReportPart.Missing<ImportanceResult>(noTraining)
                : ImportanceSource.Measure(options.ConfigPath, options.TrainFolder, card, options.ImportanceRepeats),
            RunHistorySource.Read(options.Tracking, model, card?.Task, card?.Training.PrimaryMetric, options.RunLimit),
            Artefacts())
        {
            Data = DataProfileSource.Read(options.TrainFolder, options.RegistryRoot, model),
        };
    }

    private ReportPart<GateReport> ReadGate()
    {
        var path = Path.Combine(options.GateFolder, GateFiles.Json);
        return File.Exists(path)
            ? ReportPart.Of(JsonReport.Read<GateReport>(path))
            : ReportPart.Missing<GateReport>($"no gate report in {options.GateFolder} yet: run 'mlops gate' to get a verdict");
    }

    private List<ArtefactLink> Artefacts()
    {
        var files = new (string Name, string Path)[]
        {
            ("model", Path.Combine(options.TrainFolder, TrainingFiles.Model)),
            ("model card (JSON)", Path.Combine(options.TrainFolder, TrainingFiles.CardJson)),
            ("model card (Markdown)", Path.Combine(options.TrainFolder, TrainingFiles.CardMarkdown)),
            ("ROC points", Path.Combine(options.TrainFolder, TrainingFiles.Roc)),
            ("test predictions", Path.Combine(options.TrainFolder, TrainingFiles.Predictions)),
            ("gate verdict (JSON)", Path.Combine(options.GateFolder, GateFiles.Json)),
            ("gate verdict (Markdown)", Path.Combine(options.GateFolder, GateFiles.Markdown)),
        };
        var from = Path.GetFullPath(options.OutputFolder);
        return files
            .Select(f => new ArtefactLink(f.Name, Path.GetRelativePath(from, Path.GetFullPath(f.Path)).Replace('\\', '/'), File.Exists(f.Path)))
            .ToList();
    }
}
