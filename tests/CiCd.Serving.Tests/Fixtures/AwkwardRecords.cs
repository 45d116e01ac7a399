using CiCd.Configuration;
using CiCd.Serving.Hosting;
using CiCd.Serving.Input;
using CiCd.Serving.Model;
using CiCd.Serving.PredictionLog;
using CiCd.Serving.Scoring;
using CiCd.Train;

namespace CiCd.Serving.Tests.Fixtures;

/// <summary>
/// Log records whose text columns are easy to get wrong: categories and names with quotes, backslashes, newlines,
/// control characters and non-ASCII (accents, CJK, an emoji's surrogate pair), a category of 100,000 characters,
/// missing values, negative zero, the extremes of a float, and a regression model's values in round-trip form.
/// </summary>
public static class AwkwardRecords
{
    private static readonly string[] Texts =
    [
        "plain", "Zürich", "日本語", "smile 😀", "say \"hi\"", "back\\slash", "line\nbreak\r\n", "tab\tand\u0001control", "<b>&amp;</b> 'single'",
        "", " spaced ", "\u2028separator\u2029", new string('é', 50_000) + new string('x', 50_000),
    ];

    private static readonly float[] Numbers = [0f, -0f, 1.5f, -3.25e-7f, float.Epsilon, float.MaxValue, float.MinValue, 123456789f, 0.1f, float.NaN];

    private static readonly double[] Probabilities = [0.5, -0.0, 1e-300, 0.1 + 0.2, 1.0, double.Epsilon, 0.999999999999, 1.0 / 3];

    private static readonly double[] Values = [0.0, -0.0, 151, 1.51e2 / 7, -1e300, double.Epsilon, double.MaxValue, 2.5e-8];

    private static readonly FeatureSchema Schema = new(
    [
        new CardFeature("city \"quoted\"", ColumnKind.Categorical, ["plain"]),
        new CardFeature("größe\\path", ColumnKind.Numeric, []),
        new CardFeature("grade\n", ColumnKind.Ordinal, ["low", "high"]),
        new CardFeature("amount", ColumnKind.Numeric, []),
    ], UnseenCategoryPolicy.Accept);

    private static readonly IReadOnlyList<string> Classes = ["good \"one\"", "bäd\\", "😀"];

    /// <summary>A classifier's record of the awkward schema with the given values (a category, two numbers; regression when <paramref name="value"/> is given).</summary>
    public static PredictionRecord With(string? category, float first, float second, double? value = null)
    {
        var row = new FeatureRow(4);
        row.Texts[0] = category;
        row.Numbers[1] = first;
        row.Texts[2] = category;
        row.Numbers[3] = second;
        return value is { } v
            ? new PredictionRecord(DateTimeOffset.UnixEpoch, new ModelIdentity("cpu", "3"), "r", 0, "predict", Schema, row, [], Prediction.OfValue(v))
            : new PredictionRecord(DateTimeOffset.UnixEpoch, new ModelIdentity("m", "1"), "r", 0, "predict", Schema, row, Classes, new Prediction(0, 0.5, [0.5, 0.25, 0.25]));
    }

    /// <summary>Records of a classifier (classes with awkward names) and of a regression model, interleaved, at several timestamps.</summary>
    public static PredictionRecord[] Create()
    {
        var schema = Schema;
        var classes = Classes;
        var model = new ModelIdentity("credit \"ü\"", "run-7\n");
        var regressor = new ModelIdentity("cpu", "3");
        var start = new DateTimeOffset(2026, 12, 6, 23, 59, 59, 999, TimeSpan.FromHours(2));
        var records = new List<PredictionRecord>();
        for (var i = 0; i < 40; i++)
        {
            var row = new FeatureRow(4);
            row.Texts[0] = i % 7 == 6 ? null : Texts[i % Texts.Length];
            row.Numbers[1] = Numbers[i % Numbers.Length];
            row.Texts[2] = i % 3 == 0 ? null : Texts[(i + 5) % Texts.Length];
            row.Numbers[3] = Numbers[(i + 3) % Numbers.Length];
            var time = start.AddMilliseconds(i / 3 * 1001);
            var request = $"req-{i}-\"ü\"";
            if (i % 4 == 3)
            {
                records.Add(new PredictionRecord(time, regressor, request, i, "invocations", schema, row, [], Prediction.OfValue(Values[i % Values.Length])));
                continue;
            }
            var p = Probabilities[i % Probabilities.Length];
            var answer = new Prediction(i % classes.Count, p, [p, 1 - p, Probabilities[(i + 1) % Probabilities.Length]]);
            records.Add(new PredictionRecord(time, model, request, i, i % 2 == 0 ? "predict" : "batch", schema, row, classes, answer));
        }
        return [.. records];
    }

    /// <summary>Writes <paramref name="records"/> (40) as a single record, a write of several chunks, and the rest.</summary>
    public static void WriteInPieces(IPredictionLogSink store, PredictionRecord[] records)
    {
        store.Write([records[..1]]);
        store.Write([records[1..5], records[5..30], records[30..38]]);
        store.Write([records[38..]]);
    }
}
