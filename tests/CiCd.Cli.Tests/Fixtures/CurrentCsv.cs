using CiCd.Configuration;
using CiCd.Data;
using CiCd.Monitoring.Scenarios;

namespace CiCd.Cli.Tests.Fixtures;

/// <summary>Current CSV files for the drift command: German credit rows, shifted by the scenario generator or edited by hand.</summary>
public static class CurrentCsv
{
    /// <summary>300 rows with eleven of the twenty features shifted hard: a dataset-drift case.</summary>
    public static string Shifted(string folder)
    {
        Shift[] shifts =
        [
            .. new[] { "duration", "credit_amount", "age", "installment_commitment", "residence_since", "existing_credits" }
                .Select(c => new Shift(ShiftKind.MeanShift, c, 1.5)),
            .. new[] { "checking_status", "credit_history", "purpose", "savings_status", "employment" }
                .Select(c => new Shift(ShiftKind.NewCategory, c, 0.5)),
        ];
        var table = CsvReader.Read(Repository.GermanCredit);
        var generator = new ScenarioGenerator(table, ConfigLoader.Load(Repository.ShippedConfig).Dataset);
        return Save(Path.Combine(folder, "shifted.csv"), generator.Generate([.. Enumerable.Range(0, table.Rows.Count)], 300, shifts, seed: 7));
    }

    /// <summary>The German credit rows with one column's values rewritten (or the column dropped when <paramref name="value"/> returns null for the header).</summary>
    public static string Edited(string folder, string column, Func<int, string?> value, bool drop = false)
    {
        var table = CsvReader.Read(Repository.GermanCredit);
        var index = table.IndexOf(column);
        var header = drop ? table.Header.Where((_, i) => i != index).ToList() : [.. table.Header];
        var rows = table.Rows.Select((row, r) => (IReadOnlyList<string?>)(drop
            ? row.Values.Where((_, i) => i != index).ToList()
            : row.Values.Select((v, i) => i == index ? value(r) : v).ToList()));
        var path = Path.Combine(folder, $"edited-{column}.csv");
        CsvWriter.Write(path, header, rows);
        return path;
    }

    /// <summary>The model's held-out rows with its probabilities appended as p_&lt;class&gt; columns, as a batch scorer would write them.</summary>
    public static string Scored(string folder, TrainedModel model)
    {
        var data = CsvReader.Read(Repository.GermanCredit);
        var byLine = data.Rows.ToDictionary(r => r.Line);
        var predictions = CsvReader.Read(Path.Combine(model.TrainFolder, "evaluation", "test-predictions.csv"));
        var rows = predictions.Rows.Select(p => (IReadOnlyList<string?>)[.. byLine[int.Parse(p.Values[0]!, System.Globalization.CultureInfo.InvariantCulture)].Values, .. p.Values.Skip(2)]);
        var path = Path.Combine(folder, "scored.csv");
        CsvWriter.Write(path, [.. data.Header, .. predictions.Header.Skip(2)], rows);
        return path;
    }

    private static string Save(string path, CsvTable table)
    {
        CsvWriter.Write(path, table.Header, table.Rows.Select(r => (IReadOnlyList<string?>)r.Values));
        return path;
    }
}
