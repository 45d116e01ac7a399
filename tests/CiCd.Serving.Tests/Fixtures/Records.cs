using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Train;

namespace CiCd.Serving.Tests.Fixtures;

/// <summary>Builds request bodies from rows of a model's own data file, so valid input is real input.</summary>
public sealed class Records(TrainedModel model)
{
    private readonly CsvTable _table = CsvReader.Read(model.Config.Dataset.Path);

    public IReadOnlyList<CardFeature> Features => model.Card.Features;

    public int Count => _table.Rows.Count;

    /// <summary>The data row that starts on <paramref name="line"/> of the file.</summary>
    public int IndexOfLine(int line) => _table.Rows.Select((r, i) => (r, i)).First(p => p.r.Line == line).i;

    /// <summary>Row <paramref name="index"/> as a JSON record keyed by feature.</summary>
    public JsonObject Record(int index)
    {
        var record = new JsonObject();
        foreach (var feature in Features)
        {
            var text = _table.Rows[index].Values[_table.IndexOf(feature.Name)]!;
            record[feature.Name] = feature.Kind == ColumnKind.Numeric
                ? JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture))
                : JsonValue.Create(text);
        }
        return record;
    }

    /// <summary>Rows as CSV with a header of the features (the target left out).</summary>
    public string Csv(IEnumerable<int> indexes)
    {
        var text = new StringBuilder();
        CsvWriter.AppendRecord(text, Features.Select(f => f.Name).ToList());
        foreach (var index in indexes)
        {
            CsvWriter.AppendRecord(text, Features.Select(f => _table.Rows[index].Values[_table.IndexOf(f.Name)]).ToList());
        }
        return text.ToString();
    }

    public static StringContent Json(JsonNode body) => Body(body.ToJsonString(), "application/json");

    public static StringContent Body(string text, string mediaType)
    {
        var content = new StringContent(text, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return content;
    }
}
