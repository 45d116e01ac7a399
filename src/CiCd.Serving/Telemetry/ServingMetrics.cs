using Prometheus;

namespace CiCd.Serving.Telemetry;

/// <summary>
/// The service's Prometheus collectors, in a registry of its own so two hosts in one process (tests) do not
/// share counts. HTTP request counts and latencies come from prometheus-net's middleware on the same registry.
/// </summary>
public sealed class ServingMetrics
{
    private readonly Counter _predictions;
    private readonly Histogram _batchRows;
    private readonly Gauge _modelInfo;
    private readonly Counter _reloads;
    private readonly Counter _reloadFailures;
    private readonly Counter _logDropped;
    private readonly Counter _logWritten;

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
    }

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
    public void Reloaded(string trigger) => _reloads.WithLabels(trigger).Inc();

    /// <summary>Counts a refused model.</summary>
    public void ReloadFailed(string reason) => _reloadFailures.WithLabels(reason).Inc();

    /// <summary>Counts prediction log records not written (no room within the wait, or a store error).</summary>
    public void LogDropped(int count = 1) => _logDropped.Inc(count);

    /// <summary>Counts prediction log records stored.</summary>
    public void LogWritten(int count) => _logWritten.Inc(count);

    /// <summary>Records dropped so far (for tests and the shutdown log line).</summary>
    public double DroppedLogRecords => _logDropped.Value;

    /// <summary>The counters' values now, read from the collectors themselves (the dashboard's source, not the /metrics text).</summary>
    public ServingCounters Counters() => new(
        Totals(_predictions, label: 1), Totals(_reloads, label: 0), Totals(_reloadFailures, label: 0), (long)_logDropped.Value, (long)_logWritten.Value);

    // Sums the series sharing the value of one label (classes of every model version served since start).
    private static IReadOnlyList<LabelledCount> Totals(Counter counter, int label) =>
        [.. counter.GetAllLabelValues().GroupBy(l => l[label], StringComparer.Ordinal)
            .Select(g => new LabelledCount(g.Key, g.Sum(l => (long)counter.WithLabels(l).Value))).OrderBy(c => c.Label, StringComparer.Ordinal)];
}
