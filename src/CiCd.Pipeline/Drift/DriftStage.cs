using CiCd.Configuration;
using CiCd.Configuration.Yaml;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Metrics;
using CiCd.Monitoring.Analysis;
using CiCd.Monitoring.Analysis.Html;
using CiCd.Monitoring.Labels;
using CiCd.Monitoring.Log;
using CiCd.Monitoring.Performance;
using CiCd.Monitoring.Policy;
using CiCd.Monitoring.Predictions;
using CiCd.Monitoring.Profiles;
using CiCd.Monitoring.Windows;
using CiCd.Storage;
using CiCd.Train;

namespace CiCd.Pipeline.Drift;

/// <summary>
/// The drift stage: resolves the reference (a file, a training output, or a registered version), reads the current
/// data (a CSV or prediction-log windows) and the delayed labels, compares them under the configured policy, writes the
/// report as JSON, Markdown and HTML, and stores it in a PostgreSQL prediction log for every replica's dashboard.
/// </summary>
public sealed class DriftStage(MlopsConfig config)
{
    /// <summary>Checks the request's current data against its reference and returns the report.</summary>
    public DriftOutcome Run(DriftRequest request)
    {
        var policy = config.Drift.ToPolicy();
        var source = DriftReference.Resolve(request.Reference, request.Model, config.Registry);
        var spec = source.Card is null ? null : PredictionSpec.From(source.Card);
        var profile = ReferenceProfileJson.Load(source.ProfilePath);
        var inputs = new DriftInputs
        {
            Reference = profile,
            ReferenceSource = source.ProfilePath,
            Current = DriftCurrentData.Read(request, spec, profile),
            Policy = policy,
            // The report says what the monitor workflow will actually do: monitor.on_drift is its one setting.
            OnRed = SnakeCaseNames.Name(config.Monitor.OnDrift),
            ReferencePredictions = spec is null || source.PredictionsPath is null ? null : ReferencePredictions.Build(source.PredictionsPath, spec),
            Window = request.Window is { } size ? WindowSize.Parse(size) : null,
            Since = DriftCurrentData.Time(request.Since, "--since"),
            Prediction = spec,
        };
        var labelSet = request.Labels is { } labelFile
            ? LabelSet.Read(labelFile, OutcomeKind.Of(PredictionSpec.From(Card(source, "--labels"))), config.Dataset.Target)
            : StoredLabels(request.Log, source);
        if (labelSet is not null)
        {
            var card = Card(source, "--labels");
            // monitor.performance holds production to its own bar; without it, to the training gate thresholds.
            var gates = config.Monitor.Performance.Count > 0 ? config.Monitor.Performance : config.Gates.Thresholds;
            inputs = inputs with
            {
                Labels = labelSet,
                Performance = new PerformanceSpec(spec!, CostModel.From(card.Classes, config.Training.CostMatrix), gates),
            };
        }
        var report = new DriftAnalysis(inputs).Run();
        Write(request.OutputFolder, report, policy);
        if (request.Log is { } logged && PredictionLogLocation.Parse(logged, "--log", commandLine: true) is { IsPostgres: true } database)
        {
            // Every replica's dashboard reads the reports from the log's database.
            StoredDriftReports.Save(database, report);
        }
        return new DriftOutcome(report, source);
    }

    // The labels `mlops labels import` stored next to the log; none stored means no performance.
    private static LabelSet? StoredLabels(string? log, DriftReference source)
    {
        if (log is null)
        {
            return null;
        }
        var reader = DriftCurrentData.Reader(log);
        var stored = reader.ReadLabels();
        if (stored.Count == 0)
        {
            return null;
        }
        var kind = OutcomeKind.Of(PredictionSpec.From(Card(source, "labels stored in the log")));
        var labels = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (requestId, label) in stored)
        {
            labels[requestId] = kind.TryRead(label.Label, out var value, out var problem) ? value : throw new InputException(reader.Name, null, null,
                $"the stored label '{label.Label}' of request '{requestId}' {problem}");
        }
        return new LabelSet(reader.Name, LabelSet.RequestIdKey, labels);
    }

    private static ModelCard Card(DriftReference source, string what) =>
        source.Card ?? throw new InputException(source.ProfilePath, null, null,
            $"{what} needs the model card next to the reference (classes and decision threshold)");

    private static void Write(string folder, DriftReport report, DriftPolicy policy)
    {
        JsonReport.Write(Path.Combine(folder, DriftFiles.Json), report);
        AtomicFile.WriteAllText(Path.Combine(folder, DriftFiles.Markdown), DriftMarkdown.Render(report));
        AtomicFile.WriteAllText(Path.Combine(folder, DriftFiles.Html), DriftHtml.Render(report, policy));
    }
}
