using CiCd.Configuration;
using CiCd.Data.Columnar;
using CiCd.Errors;
using CiCd.Formats;

namespace CiCd.Data.Regression;

/// <summary>
/// Types a table for a regression task: the target is read as a number (a text is an error naming line and column),
/// rows whose target is missing are left out when the target's <c>missing</c> policy allows it (an error otherwise),
/// and each row's label is its target's quantile bin, so splits and folds stratify on the target's distribution.
/// </summary>
public static class RegressionDatasetLoader
{
    /// <summary>Reads the target, then the feature columns through <paramref name="readColumn"/>, for the rows with a target.</summary>
    public static Dataset Load(ColumnarTable table, DatasetConfig config, Func<ColumnSpec, DatasetColumn> readColumn)
    {
        var target = table.Column(config.Target) ?? throw new InputException(table.File, 1, null,
            $"column '{config.Target}' is declared in the config but not in the header ({string.Join(", ", table.Header)})");
        var spec = config.TargetColumn ?? throw new InvalidOperationException("a regression config always carries its target's spec");
        var codes = target.Codes!;
        var present = new List<int>();
        var targets = new List<double>();
        for (var r = 0; r < table.RowCount; r++)
        {
            if (codes[r] < 0)
            {
                if (spec.MaxMissingShare > 0)
                {
                    continue;
                }
                throw new InputException(table.File, table.Lines[r], target.Index + 1,
                    $"the target '{config.Target}' is missing (allow it with 'missing' on the target's column: such rows are left out)");
            }
            var field = target.RawLevel(codes[r]);
            if (!NumberText.TryParseFeature(field, out var value))
            {
                throw new InputException(table.File, table.Lines[r], target.Index + 1, NumberText.TryParse(field, out _)
                    ? $"target '{config.Target}' has '{field}', which {NumberText.NotFeatureReason(field)}; the model learns a 32-bit float"
                    : $"target '{config.Target}' has '{field}', not a number; a regression target is numeric");
            }
            present.Add(r);
            targets.Add(value);
        }
        if (targets.Distinct().Count() < 2)
        {
            throw new InputException(table.File, table.Lines[0], target.Index + 1,
                $"target '{config.Target}' takes fewer than 2 distinct values in {Counted.Of(targets.Count, "row")}; there is nothing to learn");
        }
        var columns = config.Features.Select(readColumn).Select(c => c.Select(present)).ToList();
        var values = targets.ToArray();
        var lines = present.Select(r => table.Lines[r]).ToArray();
        return new Dataset(config, columns, TargetBins.Of(values), lines) { Targets = values };
    }

    /// <summary>
    /// The dataset with the training config's target transform; log1p needs every target above −1, and the first one that
    /// is not is an error naming its line.
    /// </summary>
    public static Dataset WithTransform(Dataset data, TargetTransform transform)
    {
        if (transform == TargetTransform.Log1p && data.Targets is { } targets && Array.FindIndex(targets, y => y <= -1) is var at and >= 0)
        {
            throw new InputException(data.Config.Path, data.Lines[at], null,
                $"target '{data.Config.Target}' is {targets[at].ToString(System.Globalization.CultureInfo.InvariantCulture)}, " +
                "but 'training.target_transform: log1p' needs every target above -1");
        }
        return data with { TargetTransform = transform };
    }
}
