using CiCd.Monitoring.Log;

namespace CiCd.Pipeline.Tests.Fixtures;

/// <summary>A prediction log in memory: the logged predictions and the delayed labels stored next to them.</summary>
public sealed class FakePredictionLog : IPredictionLogSource, IPredictionLabelSource
{
    private readonly List<PredictionRecord> _records = [];
    private readonly Dictionary<string, PredictionLabel> _labels = new(StringComparer.Ordinal);

    public string Name => "fake-log";

    /// <summary>Logs a prediction of the tiny data's features, labelled later when <paramref name="label"/> is given.</summary>
    public FakePredictionLog Prediction(string requestId, string time, double x, string colour, string? label)
    {
        var at = DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture);
        var inputs = string.Create(System.Globalization.CultureInfo.InvariantCulture, $$"""{"x": {{x}}, "colour": "{{colour}}"}""");
        _records.Add(new PredictionRecord(at, "tiny", "1", requestId, inputs, "good", null));
        if (label is not null)
        {
            _labels[requestId] = new PredictionLabel(requestId, label, at.AddDays(1));
        }
        return this;
    }

    public IReadOnlyList<PredictionRecord> Read(DateTimeOffset? since, DateTimeOffset? until) =>
        [.. _records.Where(r => (since is null || r.Timestamp >= since) && (until is null || r.Timestamp < until))];

    public IReadOnlyDictionary<string, PredictionLabel> ReadLabels() => _labels;
}
