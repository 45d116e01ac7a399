using System.Text.Json;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Errors;
using CiCd.Monitoring.Analysis;
using CiCd.Monitoring.Current;
using CiCd.Monitoring.Data;
using CiCd.Monitoring.Policy;
using CiCd.Monitoring.Predictions;
using CiCd.Monitoring.Profiles;
using CiCd.Monitoring.Scenarios;

namespace CiCd.Monitoring.Tests.Current;

public sealed class ColumnarCurrentDataTests
{
    private static readonly string GermanCredit = RepositoryRoot.PathOf("data/raw/german_credit.csv");
    private static readonly DatasetConfig Dataset = ConfigLoader.Load(RepositoryRoot.PathOf("mlops.yaml")).Dataset;
    private static readonly PredictionSpec Binary = new(TaskKind.Binary, Dataset.Classes, 0.5);
    private static IReadOnlyList<SchemaColumn> Schema =>
        [.. Dataset.Features.Select(c => new SchemaColumn(c.Name, c.IsNumeric ? Monitoring.Profiles.ColumnKind.Numeric : Monitoring.Profiles.ColumnKind.Categorical))];

    // The reference: the first 700 shipped rows, profiled from the string reader's table.
    private static ReferenceProfile Reference() =>
        new ProfileBuilder(new ProfileOptions()).Build(TableColumns.Read(CsvReader.Read(GermanCredit), Schema, [.. Enumerable.Range(0, 700)]));

    private static string Figures(ICurrentData current)
    {
        var report = new DriftAnalysis(new DriftInputs
        {
            Reference = Reference(),
            ReferenceSource = "reference-profile.json",
            Current = current,
            Policy = new DriftPolicy(),
        }).Run();
        return JsonSerializer.Serialize(new { report.CurrentRows, report.Features, report.Alert });
    }

    private static string Shifted(string folder)
    {
        var table = CsvReader.Read(GermanCredit);
        Shift[] shifts = [new(ShiftKind.MeanShift, "credit_amount", 1.5), new(ShiftKind.MeanShift, "age", 0.5), new(ShiftKind.NewCategory, "purpose", 0.5)];
        var shifted = new ScenarioGenerator(table, Dataset).Generate([.. Enumerable.Range(0, table.Rows.Count)], 400, shifts, seed: 7);
        return Write(folder, "shifted.csv", shifted.Header, shifted.Rows.Select(r => (IReadOnlyList<string?>)r.Values));
    }

    private static string Write(string folder, string name, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var path = Path.Combine(folder, name);
        CsvWriter.Write(path, header, rows);
        return path;
    }

    public sealed class TheReadMethod : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("columnar-current-").FullName;

        public void Dispose() => Directory.Delete(_folder, true);

        [Fact]
        public void Should_Give_The_Same_Drift_Figures_As_The_String_Reader_On_The_Shipped_Data()
        {
            // Given
            var files = new[] { GermanCredit, Shifted(_folder) };

            // When
            var columnar = files.Select(f => Figures(ColumnarCurrentData.Read(f, Schema, null))).ToList();
            var strings = files.Select(f => Figures(new CsvCurrentData(CsvReader.Read(f), null))).ToList();

            // Then
            Assert.Equal(strings, columnar);
            Assert.True(JsonDocument.Parse(columnar[1]).RootElement.GetProperty("Features").GetProperty("DriftedCount").GetInt32() >= 2, columnar[1]);
        }

        [Fact]
        public void Should_Read_The_Same_Predictions_As_The_String_Reader_From_Probability_Columns()
        {
            // Given
            var table = CsvReader.Read(GermanCredit);
            var random = new Random(3);
            var path = Write(_folder, "scored.csv", [.. table.Header, "p_good", "p_bad"], table.Rows.Select(r =>
            {
                var bad = Math.Round(random.NextDouble(), 6);
                return (IReadOnlyList<string?>)[.. r.Values, NumberText.Format(1 - bad), NumberText.Format(bad)];
            }));

            // When
            var columnar = ColumnarCurrentData.Read(path, Schema, Binary);
            var strings = new CsvCurrentData(CsvReader.Read(path), Binary);

            // Then
            for (var row = 0; row < table.Rows.Count; row++)
            {
                Assert.Equal(strings.PredictionOf(row)!.Label, columnar.PredictionOf(row)!.Label);
                Assert.Equal(strings.PredictionOf(row)!.Probabilities, columnar.PredictionOf(row)!.Probabilities);
            }
        }

        [Fact]
        public void Should_Say_A_Cell_Beyond_What_A_32_Bit_Float_Holds_Is_Too_Large_Not_That_It_Is_No_Number()
        {
            // Given: the reader refuses 1e39 as it refuses text, since the model's features are 32-bit floats
            var table = CsvReader.Read(GermanCredit);
            var duration = table.IndexOf("duration");
            var path = Write(_folder, "huge-cell.csv", table.Header, table.Rows.Select((r, i) =>
                (IReadOnlyList<string?>)[.. r.Values.Select((v, c) => i == 4 && c == duration ? "1e39" : v)]));

            // When
            var error = Assert.Throws<InputException>(() => ColumnarCurrentData.Read(path, Schema, null));

            // Then
            Assert.Equal((path, 6, duration + 1), (error.File, error.Line, error.Column));
            Assert.Contains("'1e39' is beyond ±3.4E+38", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Name_The_File_Line_And_Column_Of_A_Cell_That_Is_Not_A_Number()
        {
            // Given
            var table = CsvReader.Read(GermanCredit);
            var duration = table.IndexOf("duration");
            var path = Write(_folder, "bad-cell.csv", table.Header, table.Rows.Select((r, i) =>
                (IReadOnlyList<string?>)[.. r.Values.Select((v, c) => i == 4 && c == duration ? " twelve" : v)]));

            // When
            var error = Assert.Throws<InputException>(() => ColumnarCurrentData.Read(path, Schema, null));

            // Then
            Assert.Equal((path, 6, duration + 1), (error.File, error.Line, error.Column));
            Assert.Contains("' twelve' is not a number, but column 'duration' is numeric in the reference", error.Message, StringComparison.Ordinal);
            var before = Assert.Throws<InputException>(() => TableColumns.Read(CsvReader.Read(path), Schema));
            Assert.Equal(before.Message, error.Message);
        }

        [Fact]
        public void Should_Name_The_Cell_Of_A_Number_Beyond_The_Float_Range_Instead_Of_Counting_It_Missing()
        {
            // Given: 1e39 is a double, but not a float
            var table = CsvReader.Read(GermanCredit);
            var amount = table.IndexOf("credit_amount");
            var path = Write(_folder, "huge-cell.csv", table.Header, table.Rows.Select((r, i) =>
                (IReadOnlyList<string?>)[.. r.Values.Select((v, c) => i == 9 && c == amount ? "1e39" : v)]));

            // When
            var error = Assert.Throws<InputException>(() => ColumnarCurrentData.Read(path, Schema, null));

            // Then
            Assert.Equal((path, 11, amount + 1), (error.File, error.Line, error.Column));
            Assert.Contains("'credit_amount'", error.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("abc", "is not a probability")]
        [InlineData("NaN", "is not a probability")]
        [InlineData("1.5", "is not a probability")]
        [InlineData("-0.1", "is not a probability")]
        public void Should_Name_The_Cell_Of_A_Prediction_That_No_Scorer_Wrote(string cell, string problem)
        {
            // Given: a scored file whose p_bad holds a value a probability cannot have on row 8
            var table = CsvReader.Read(GermanCredit);
            var path = Write(_folder, "spoofed.csv", [.. table.Header, "p_good", "p_bad"], table.Rows.Select((r, i) =>
                (IReadOnlyList<string?>)[.. r.Values, "0.25", i == 6 ? cell : "0.75"]));

            // When
            var error = Assert.Throws<InputException>(() => ColumnarCurrentData.Read(path, Schema, Binary));

            // Then
            Assert.Equal((path, 8, table.Header.Count + 2), (error.File, error.Line, error.Column));
            Assert.Contains($"'{cell}' in the prediction column 'p_bad' {problem}", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Keep_An_Empty_Prediction_Cell_As_A_Missing_Prediction()
        {
            // Given
            var table = CsvReader.Read(GermanCredit);
            var path = Write(_folder, "unscored-row.csv", [.. table.Header, "p_good", "p_bad"], table.Rows.Select((r, i) =>
                (IReadOnlyList<string?>)[.. r.Values, i == 2 ? null : "0.25", i == 2 ? null : "0.75"]));

            // When
            var current = ColumnarCurrentData.Read(path, Schema, Binary);

            // Then
            Assert.Null(current.PredictionOf(2)!.Probabilities);
            Assert.Equal(0.75, current.PredictionOf(3)!.Probabilities![1]);
        }

        [Fact]
        public void Should_Name_The_Line_And_Column_Of_A_Stray_Quote_As_The_Strict_Reader_Does()
        {
            // Given
            var lines = File.ReadAllLines(GermanCredit);
            lines[3] = "x\"y" + lines[3];
            var path = Path.Combine(_folder, "stray-quote.csv");
            File.WriteAllLines(path, lines);

            // When
            var error = Assert.Throws<InputException>(() => ColumnarCurrentData.Read(path, Schema, null));

            // Then
            var before = Assert.Throws<InputException>(() => CsvReader.Read(path));
            Assert.Equal((before.Message, 4), (error.Message, error.Line!.Value));
        }
    }
}
