using CiCd.Configuration;
using CiCd.Serving.Scoring;

namespace CiCd.Serving.Tests.Fixtures;

/// <summary>
/// The model's first data rows with a different field blanked out ("?" or empty) or, for a categorical field, given a
/// category training never saw, on each line: the inputs a scorer's missing-value and unseen-category paths must handle.
/// </summary>
public static class GappedRows
{
    public static List<FeatureRow> Of(InProcessModel model, int count)
    {
        var records = new Records(model.Model);
        var csv = records.Csv(Enumerable.Range(0, Math.Min(records.Count, count))).Split('\n');
        for (var line = 1; line < csv.Length - 1; line++)
        {
            var fields = csv[line].Split(',');
            var field = line % fields.Length;
            var categorical = model.Served.Schema.Features[field].Kind != ColumnKind.Numeric;
            fields[field] = line % 3 == 0 ? "?" : line % 3 == 1 || !categorical ? "" : "never-seen";
            csv[line] = string.Join(',', fields);
        }
        return model.Rows(string.Join('\n', csv));
    }
}
