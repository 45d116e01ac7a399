using System.CommandLine;
using System.Globalization;
using CiCd.Cli.Rendering;
using CiCd.Configuration;
using CiCd.Configuration.Yaml;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Metrics;
using CiCd.Monitoring.Analysis;
using CiCd.Monitoring.Analysis.Html;
using CiCd.Monitoring.Current;
using CiCd.Monitoring.Data;
using CiCd.Monitoring.Labels;
using CiCd.Monitoring.Log;
using CiCd.Monitoring.Performance;
using CiCd.Monitoring.Policy;
using CiCd.Monitoring.Predictions;
using CiCd.Monitoring.Profiles;
using CiCd.Monitoring.Windows;
using CiCd.Storage;
using CiCd.Train;
using Spectre.Console;

namespace CiCd.Cli.Commands;

/// <summary>`mlops drift`: compares current data (a CSV or prediction-log windows) with the model's reference; exits 1 on red.</summary>
internal static class DriftCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var config = CommonOptions.Config();
        var reference = new Option<string>("--reference") { Description = "The reference: a reference-profile.json or the training output folder.", DefaultValueFactory = _ => "out/train" };
        var model = new Option<string?>("--model") { Description = "Take the reference of a registered model instead: <name>@<alias or version>." };
        var current = new Option<string?>("--current") { Description = "Current data: a CSV with the feature columns (p_<class> columns add prediction drift)." };
        var log = new Option<string?>("--log")
        {
            Description = "Current data: the prediction log, a SQLite file or a postgresql://user@host:port/db URI (password from PGPASSWORD or a password file). " +
                "Labels stored with `mlops labels import` add performance.",
        };
        var window = new Option<string?>("--window") { Description = "With --log: drift per window of this size (1h, 1d, 1w), abrupt changes flagged." };
        var since = new Option<string?>("--since") { Description = "With --log: only predictions from this ISO-8601 time (UTC) on; windows start here." };
        var until = new Option<string?>("--until") { Description = "With --log: only predictions before this ISO-8601 time (UTC)." };
        var labels = new Option<string?>("--labels")
        {
            Description = "Delayed labels: a CSV keyed by request_id (log) or row (CSV) with a label column, a class or a regression's number (instead of the labels stored in the log).",
        };
        var output = CommonOptions.Out("out/drift");
        var json = CommonOptions.Json();
        var command = new Command("drift", "Compare current data with the model's reference: feature and prediction drift, drift over time, performance on delayed labels.")
        {
            config, reference, model, current, log, window, since, until, labels, output, json,
        };
        command.SetAction(parse =>
        {
            var pipeline = ConfigLoader.Load(parse.GetRequiredValue(config));
            var policy = pipeline.Drift.ToPolicy();
            var source = DriftReference.Resolve(parse.GetRequiredValue(reference), parse.GetValue(model), pipeline.Registry);
            var spec = source.Card is null ? null : PredictionSpec.From(source.Card);
            var profile = ReferenceProfileJson.Load(source.ProfilePath);
            var inputs = new DriftInputs
            {
                Reference = profile,
                ReferenceSource = source.ProfilePath,
                Current = Current(parse.GetValue(current), parse.GetValue(log), parse.GetValue(since), parse.GetValue(until), parse.GetValue(window), spec, profile),
                Policy = policy,
                // The report says what the monitor workflow will actually do: monitor.on_drift is its one setting.
                OnRed = SnakeCaseNames.Name(pipeline.Monitor.OnDrift),
                ReferencePredictions = spec is null || source.PredictionsPath is null ? null : ReferencePredictions.Build(source.PredictionsPath, spec),
                Window = parse.GetValue(window) is { } size ? WindowSize.Parse(size) : null,
                Since = Time(parse.GetValue(since), "--since"),
                Prediction = spec,
            };
            var labelSet = parse.GetValue(labels) is { } labelFile
                ? LabelSet.Read(labelFile, OutcomeKind.Of(PredictionSpec.From(Card(source, "--labels"))), pipeline.Dataset.Target)
                : StoredLabels(parse.GetValue(log), source);
            if (labelSet is not null)
            {
                var card = Card(source, "--labels");
                // monitor.performance holds production to its own bar; without it, to the training gate thresholds.
                var gates = pipeline.Monitor.Performance.Count > 0 ? pipeline.Monitor.Performance : pipeline.Gates.Thresholds;
                inputs = inputs with
                {
                    Labels = labelSet,
                    Performance = new PerformanceSpec(spec!, CostModel.From(card.Classes, pipeline.Training.CostMatrix), gates),
                };
            }
            var report = new DriftAnalysis(inputs).Run();
            Write(parse.GetRequiredValue(output), report, policy);
            if (parse.GetValue(log) is { } logged && PredictionLogLocation.Parse(logged, "--log", commandLine: true) is { IsPostgres: true } database)
            {
                // Every replica's dashboard reads the reports from the log's database.
                StoredDriftReports.Save(database, report);
            }
            if (parse.GetValue(json))
            {
                // Straight to the writer: the console would wrap long strings at its width and break the JSON.
                console.Profile.Out.Writer.WriteLine(JsonReport.Serialize(report));
            }
            else
            {
                DriftRenderer.Render(console, report, parse.GetRequiredValue(output));
            }
            return report.ExitCode;
        });
        return command;
    }

    private static ICurrentData Current(string? csv, string? log, string? since, string? until, string? window, PredictionSpec? spec, ReferenceProfile profile)
    {
        if ((csv is null) == (log is null))
        {
            throw new InputException("give the current data as exactly one of --current <csv> or --log <prediction-log.sqlite>");
        }
        if (csv is not null)
        {
            if (window is not null || since is not null || until is not null)
            {
                throw new InputException("--window, --since and --until need time-stamped rows: use --log with the prediction log");
            }
            // Typed columns of the reference's schema, read in one pass: no string per cell at a million rows.
            return ColumnarCurrentData.Read(csv, [.. profile.Columns.Select(c => new SchemaColumn(c.Name, c.Kind))], spec);
        }
        var from = Time(since, "--since");
        var to = Time(until, "--until");
        var source = LogSource(log!);
        var records = source.Read(from, to);
        if (records.Count == 0)
        {
            throw new InputException(source.Name, null, null, $"the prediction log holds no predictions{Range(from, to)}: nothing to compare (an empty window)");
        }
        return new LogCurrentData(source.Name, records, spec);
    }

    // A file keeps the name it was given in messages; a database is named by its URI without the password.
    private static PredictionLogReader Reader(string log) => new(PredictionLogLocation.Parse(log, "--log", commandLine: true));

    private static IPredictionLogSource LogSource(string log)
    {
        var reader = Reader(log);
        return reader.Name.Contains("://", StringComparison.Ordinal) ? reader : new SqlitePredictionLog(log);
    }

    // The labels `mlops labels import` stored next to the log; none stored means no performance.
    private static LabelSet? StoredLabels(string? log, DriftReference source)
    {
        if (log is null)
        {
            return null;
        }
        var reader = Reader(log);
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

    private static DateTimeOffset? Time(string? text, string option) =>
        text is null ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : throw new InputException($"{option}: '{text}' is not an ISO-8601 time such as 2026-11-24 or 2026-11-24T06:00:00Z");

    private static string Range(DateTimeOffset? from, DateTimeOffset? to) =>
        (from, to) switch
        {
            (null, null) => "",
            (_, null) => $" from {ReportText.Time(from)} on",
            (null, _) => $" before {ReportText.Time(to)}",
            _ => $" between {ReportText.Time(from)} and {ReportText.Time(to)}",
        };

    private static void Write(string folder, DriftReport report, DriftPolicy policy)
    {
        JsonReport.Write(Path.Combine(folder, DriftFiles.Json), report);
        AtomicFile.WriteAllText(Path.Combine(folder, DriftFiles.Markdown), DriftMarkdown.Render(report));
        AtomicFile.WriteAllText(Path.Combine(folder, DriftFiles.Html), DriftHtml.Render(report, policy));
    }
}
