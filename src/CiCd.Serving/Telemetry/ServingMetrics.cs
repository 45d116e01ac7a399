using CiCd.Serving.Model;
using Prometheus;

namespace CiCd.Serving.Telemetry;

/// <summary>
/// The service's Prometheus collectors, in a registry of its own so two hosts in one process (tests) do not
/// share counts. HTTP request counts and latencies come from prometheus-net's middleware on the same registry.
/// </summary>
public sealed class ServingMetrics
{
    /// <summary>The <c>class</c> label of a regression model's rows, which have no class (Prometheus reads it as no label).</summary>
    public const string NoClass = "";

    private readonly Counter _predictions;
    private readonly Histogram _batchRows;
    private readonly Gauge _modelInfo;
    private readonly Counter _reloads;
    private readonly Counter _reloadFailures;
    private readonly Counter _logDropped;
    private readonly Counter _logWritten;
    private readonly Counter _logWrites;
    private readonly Counter _answersAborted;

    /// <summary>Creates the collectors in a fresh registry.</summary>
    public ServingMetrics()
    {
        Registry = Prometheus.Metrics.NewCustomRegistry();
        Factory = Prometheus.Metrics.WithCustomRegistry(Registry);
        _predictions = Factory.CreateCounter("cicd_predictions_total", "Rows predicted, by model and predicted class.", ["model", "class"]);
        _batchRows = Factory.CreateHistogram("cicd_batch_rows", "Rows per prediction request.", new HistogramConfiguration
        {
            LabelNames = ["endpoint"],
            Buckets = Histogram.ExponentialBuckets(1, 4, 10),
        });
        _modelInfo = Factory.CreateGauge("cicd_model_info", "The model being served (1) with its name, version and sha256.", ["model", "version", "sha256"]);
        _reloads = Factory.CreateCounter("cicd_model_reloads_total", "Models loaded and swapped in, by trigger.", ["trigger"]);
        _reloadFailures = Factory.CreateCounter("cicd_model_reload_failures_total", "Models refused (the previous one kept serving), by reason.", ["reason"]);
        _logDropped = Factory.CreateCounter("cicd_prediction_log_dropped_total", "Prediction log records not written: the writer made no room within the wait (the whole request), or the store failed.");
        _logWritten = Factory.CreateCounter("cicd_prediction_log_written_total", "Prediction log records written to the store.");
        _logWrites = Factory.CreateCounter("cicd_prediction_log_writes_total", "Prediction log writes committed (transactions or COPYs): records per write is written_total over this.");
        _answersAborted = Factory.CreateCounter("cicd_batch_answers_aborted_total",
            "Streamed batch answers cut off after they began (the connection reset, never ended as if whole), by endpoint and reason.", ["endpoint", "reason"]);
        // prometheus-net's defaults carry controller and action labels, always empty on minimal APIs: the same metrics
        // with the labels that mean something here.
        HttpRequests = Factory.CreateCounter("http_requests_received_total", "HTTP requests processed, by status code, method and endpoint.",
            ["code", "method", "endpoint"]);
        HttpDuration = Factory.CreateHistogram("http_request_duration_seconds", "Duration of HTTP requests, by status code, method and endpoint.",
            new HistogramConfiguration { LabelNames = ["code", "method", "endpoint"], Buckets = Histogram.ExponentialBuckets(0.001, 2, 16) });
        HttpInProgress = Factory.CreateGauge("http_requests_in_progress", "HTTP requests being processed, by method and endpoint.", ["method", "endpoint"]);
        // A series appears only once its labels are first used, so `increase(x[5m]) > 0` would miss the first failure:
        // every known label value starts at 0.
        foreach (var reason in ModelRejectedException.Reasons)
        {
            _reloadFailures.WithLabels(reason);
        }
        foreach (var trigger in ReloadTriggers)
        {
            _reloads.WithLabels(trigger);
        }
        foreach (var endpoint in StreamedEndpoints)
        {
            _answersAborted.WithLabels(endpoint, "timeout");
        }
    }

    /// <summary>The routes whose answers are streamed, as the batch metrics name them.</summary>
    public static IReadOnlyList<string> StreamedEndpoints { get; } = ["batch", "invocations"];

    /// <summary>What can set off a reload: the start, a file rewrite, an alias move, the admin route.</summary>
    public static IReadOnlyList<string> ReloadTriggers { get; } = ["startup", "file", "alias", "admin"];

    /// <summary>HTTP request counts (prometheus-net's middleware fills them).</summary>
    public Counter HttpRequests { get; }

    /// <summary>HTTP request durations.</summary>
    public Histogram HttpDuration { get; }

    /// <summary>HTTP requests in flight.</summary>
    public Gauge HttpInProgress { get; }

    /// <summary>The registry <c>/metrics</c> exports.</summary>
    public CollectorRegistry Registry { get; }

    /// <summary>Creates further collectors (the HTTP middleware's) in <see cref="Registry"/>.</summary>
    public IMetricFactory Factory { get; }

    /// <summary>Counts <paramref name="count"/> rows predicted as <paramref name="label"/>.</summary>
    public void Predicted(string model, string label, int count) => _predictions.WithLabels(model, label).Inc(count);

    /// <summary>Records the size of one request's batch.</summary>
    public void BatchSize(string endpoint, int rows) => _batchRows.WithLabels(endpoint).Observe(rows);

    /// <summary>Marks a model version as served, clearing the previous version's series.</summary>
    public void Serving(string model, string version, string sha256, (string Model, string Version, string Sha256)? previous)
    {
        if (previous is { } old)
        {
            _modelInfo.RemoveLabelled(old.Model, old.Version, old.Sha256);
        }
        _modelInfo.WithLabels(model, version, sha256).Set(1);
    }

    /// <summary>Counts a successful reload.</summary>
    public void Reloaded(string trigger) =>
        _reloads.WithLabels(ReloadTriggers.Contains(trigger) ? trigger : throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "not a known reload trigger")).Inc();

    /// <summary>Counts a refused model.</summary>
    public void ReloadFailed(string reason) => _reloadFailures.WithLabels(reason).Inc();

    /// <summary>Counts prediction log records not written (no room within the wait, or a store error).</summary>
    public void LogDropped(int count = 1) => _logDropped.Inc(count);

    /// <summary>Counts one committed prediction log write of <paramref name="count"/> records.</summary>
    public void LogWritten(int count)
    {
        _logWritten.Inc(count);
        _logWrites.Inc();
    }

    /// <summary>Prediction log writes committed so far (for tests).</summary>
    public double LogWrites => _logWrites.Value;

    /// <summary>Counts a streamed answer reset part-way, for <paramref name="reason"/> (timeout).</summary>
    public void AnswerAborted(string endpoint, string reason) => _answersAborted.WithLabels(endpoint, reason).Inc();

    /// <summary>Records dropped so far (for tests and the shutdown log line).</summary>
    public double DroppedLogRecords => _logDropped.Value;

    /// <summary>The counters' values now, read from the collectors themselves (the dashboard's source, not the /metrics text).</summary>
    public ServingCounters Counters() => new(
        Totals(_predictions, label: 1), Totals(_reloads, label: 0), Totals(_reloadFailures, label: 0), (long)_logDropped.Value, (long)_logWritten.Value);

    // Sums the series sharing the value of one label (classes of every model version served since start).
    private static IReadOnlyList<LabelledCount> Totals(Counter counter, int label) =>
        [.. counter.GetAllLabelValues().GroupBy(l => l[label], StringComparer.Ordinal)
            .Select(g => new LabelledCount(g.Key, g.Sum(l => (long)counter.WithLabels(l).Value)))
            .Where(c => c.Count > 0) // the series started at 0 for Prometheus are not events to show
            .OrderBy(c => c.Label, StringComparer.Ordinal)];
}
