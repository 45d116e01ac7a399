using CiCd.Configuration;
using CiCd.Data.Profiling;
using CiCd.Errors;
using CiCd.Testing;

namespace CiCd.Core.Tests.Data.Profiling;

public sealed class DataProfilerTests
{
    public sealed class TheProfileMethod : IDisposable
    {
        private readonly TempFolder _folder = new();

        [Fact]
        public void Should_Flag_Identifiers_Constants_Leaks_Missing_Look_Alikes_High_Missing_And_Imbalance()
        {
            // Given: 100 rows, 6 of them "bad"; leak copies the target, id counts up, notes says NA where others say nothing
            var csv = new CsvBuilder("id", "constant", "leak", "notes", "sparse", "target");
            for (var i = 0; i < 100; i++)
            {
                var bad = i % 17 == 0;
                csv.Row($"{i}", "1", bad ? "yes" : "no", i % 10 == 0 ? "NA" : $"n{i % 3}", i % 3 == 0 ? "" : $"{i % 7}", bad ? "bad" : "good");
            }
            var input = ProfileSource.FromFile(csv.WriteTo(_folder), "target");

            // When
            var alerts = DataProfiler.Profile(input).Alerts.Select(a => (a.Kind, a.Column)).ToList();

            // Then
            Assert.Contains((ProfileAlertKind.Identifier, "id"), alerts);
            Assert.Contains((ProfileAlertKind.Constant, "constant"), alerts);
            Assert.Contains((ProfileAlertKind.PossibleLeakage, "leak"), alerts);
            Assert.Contains((ProfileAlertKind.MissingLookAlike, "notes"), alerts);
            Assert.Contains((ProfileAlertKind.HighMissing, "sparse"), alerts);
            Assert.Contains((ProfileAlertKind.ClassImbalance, "target"), alerts);
            Assert.DoesNotContain(alerts, a => a.Kind == ProfileAlertKind.PossibleLeakage && a.Column == "id");
        }

        [Fact]
        public void Should_Not_Call_A_Category_Present_In_Some_Rows_And_Missing_In_Others_Constant()
        {
            // Given: a market basket as Weka's supermarket.arff writes it, 't' where bought and '?' where not (the model
            // reads missing as an unknown level, so presence tells rows apart); a number with '?' is imputed, so stays constant
            var csv = new CsvBuilder("bread", "weight", "target");
            for (var i = 0; i < 100; i++)
            {
                csv.Row(i % 3 == 0 ? "t" : "?", i % 4 == 0 ? "?" : "2", i % 3 == 0 ? "high" : "low");
            }
            var input = ProfileSource.FromFile(csv.WriteTo(_folder), "target");

            // When
            var alerts = DataProfiler.Profile(input).Alerts.Select(a => (a.Kind, a.Column)).ToList();

            // Then
            Assert.DoesNotContain((ProfileAlertKind.Constant, "bread"), alerts);
            Assert.DoesNotContain((ProfileAlertKind.NearConstant, "bread"), alerts);
            Assert.Contains((ProfileAlertKind.Constant, "weight"), alerts);
        }

        [Fact]
        public void Should_Not_Call_A_Feature_A_Leak_Because_The_Classes_Tell_It()
        {
            // Given: six classes; 'symptom' is yes for the first three and no for the others (Cramér's V 1, but it tells the
            // class only up to a half, as soybean.arff's yes/no symptoms against 19 diseases); 'copy' repeats the class
            var csv = new CsvBuilder("symptom", "copy", "target");
            for (var i = 0; i < 120; i++)
            {
                csv.Row(i % 6 < 3 ? "yes" : "no", $"d{i % 6}", $"c{i % 6}");
            }
            var input = ProfileSource.FromFile(csv.WriteTo(_folder), "target");

            // When
            var alerts = DataProfiler.Profile(input).Alerts.Where(a => a.Kind == ProfileAlertKind.PossibleLeakage).ToList();

            // Then
            var leak = Assert.Single(alerts);
            Assert.Equal("copy", leak.Column);
            Assert.Contains("(normalized MI 1", leak.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Name_Two_Valued_Columns_Binary_Whatever_Their_Kind_And_Count_Them_In_The_Overview()
        {
            // Given: a yes/no text, a 0/1 number, a three-level text, and a yes/no column with a missing value
            var csv = new CsvBuilder("flag", "bit", "colour", "gappy", "target");
            for (var i = 0; i < 30; i++)
            {
                csv.Row(i % 2 == 0 ? "yes" : "no", $"{i % 2}", $"c{i % 3}", i == 4 ? "" : i % 3 == 0 ? "on" : "off", i % 4 == 0 ? "bad" : "good");
            }
            var input = ProfileSource.FromFile(csv.WriteTo(_folder), "target");

            // When
            var profile = DataProfiler.Profile(input);

            // Then
            var binary = profile.Columns.Where(c => c.Binary).Select(c => c.Name).ToList();
            Assert.Equal(["flag", "bit", "gappy"], binary);
            Assert.Equal(3, profile.Overview.BinaryColumns);
            Assert.Equal("numeric, binary", profile.Columns.Single(c => c.Name == "bit").InferredText);
            Assert.Equal("categorical", profile.Columns.Single(c => c.Name == "colour").InferredText);
            Assert.EndsWith("; 3 of them binary", profile.Overview.KindsText, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Count_Duplicate_Rows_And_Report_The_Missing_Spellings_Seen()
        {
            // Given: rows 0-2 twice; one field empty, one '?'
            var csv = new CsvBuilder("a", "b", "target")
                .Row("1", "x", "p").Row("2", "y", "q").Row("3", "", "p")
                .Row("1", "x", "p").Row("2", "y", "q").Row("3", "", "p").Row("?", "z", "q");
            var input = ProfileSource.FromFile(csv.WriteTo(_folder), "target");

            // When
            var profile = DataProfiler.Profile(input);

            // Then
            Assert.Equal(3, profile.Overview.DuplicateRows);
            Assert.Equal(new Dictionary<string, int> { ["?"] = 1 }, profile.Columns.Single(c => c.Name == "a").MissingSpellings);
            Assert.Equal(new Dictionary<string, int> { [""] = 2 }, profile.Columns.Single(c => c.Name == "b").MissingSpellings);
            Assert.Equal(3, profile.Overview.MissingCells);
        }

        [Fact]
        public void Should_List_A_Column_The_Config_Does_Not_Declare_And_A_Declared_Kind_The_Values_Contradict()
        {
            // Given: the shipped config, with 'age' declared categorical and a column the config does not know
            var config = ConfigLoader.Load(RepositoryRoot.PathOf("mlops.yaml")).Dataset;
            var text = File.ReadAllLines(config.Path);
            _folder.Write("data.csv", string.Join('\n', text.Select((line, i) => line + (i == 0 ? ",extra" : $",{i % 5}"))));
            var changed = config with
            {
                Path = _folder.PathOf("data.csv"),
                Columns = [.. config.Columns.Select(c => c.Name == "age" ? c with { Kind = ColumnKind.Categorical } : c)],
            };

            // When
            var profile = DataProfiler.Profile(ProfileSource.FromConfig(changed));

            // Then
            Assert.Contains(profile.Alerts, a => a.Kind == ProfileAlertKind.NotInConfig && a.Column == "extra");
            Assert.Contains(profile.Alerts, a => a.Kind == ProfileAlertKind.KindMismatch && a.Column == "age");
            Assert.Null(profile.Columns.Single(c => c.Name == "extra").Declared);
            Assert.Equal(["unemployed", "<1", "1<=X<4", "4<=X<7", ">=7"], profile.Columns.Single(c => c.Name == "employment").Categories!.Order!.Select(l => l.Value));
        }

        [Fact]
        public void Should_Infer_An_Ordinal_And_List_Its_Levels_In_The_Order_They_Announce()
        {
            // Given: age bands written out of order
            var csv = new CsvBuilder("age", "target");
            for (var i = 0; i < 60; i++)
            {
                csv.Row(i % 3 == 0 ? "40-49" : i % 3 == 1 ? "20-29" : "30-39", i % 2 == 0 ? "p" : "q");
            }
            var input = ProfileSource.FromFile(csv.WriteTo(_folder), "target");

            // When
            var age = DataProfiler.Profile(input).Columns.Single();

            // Then
            Assert.Equal(ColumnKind.Ordinal, age.Inferred);
            Assert.Equal(["20-29", "30-39", "40-49"], age.InferredOrder);
            Assert.Equal(["20-29", "30-39", "40-49"], age.Categories!.Order!.Select(l => l.Value));
        }

        [Fact]
        public void Should_Not_Call_All_Distinct_Fractions_An_Identifier()
        {
            // Given: a measurement that never repeats
            var csv = new CsvBuilder("weight", "target");
            for (var i = 0; i < 60; i++)
            {
                csv.Row(FormattableString.Invariant($"{50 + (i * 0.37):0.00}"), i % 2 == 0 ? "p" : "q");
            }
            var input = ProfileSource.FromFile(csv.WriteTo(_folder), "target");

            // When
            var profile = DataProfiler.Profile(input);

            // Then
            Assert.Equal(ColumnKind.Numeric, profile.Columns.Single().Inferred);
            Assert.DoesNotContain(profile.Alerts, a => a.Kind == ProfileAlertKind.Identifier);
        }

        [Fact]
        public void Should_Refuse_A_Target_That_Is_Not_In_The_Header_Naming_The_File()
        {
            // Given
            var path = new CsvBuilder("a", "target").Row("1", "p").Row("2", "q").WriteTo(_folder);

            // When
            var error = Assert.Throws<InputException>(() => ProfileSource.FromFile(path, "label"));

            // Then
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
            Assert.Contains("target column 'label' is not in the header", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Refuse_A_Target_With_A_Single_Class()
        {
            // Given
            var path = new CsvBuilder("a", "target").Row("1", "p").Row("2", "p").WriteTo(_folder);

            // When
            var error = Assert.Throws<InputException>(() => ProfileSource.FromFile(path, "target"));

            // Then
            Assert.Contains("at least two", error.Message, StringComparison.Ordinal);
        }

        public void Dispose() => _folder.Dispose();
    }
}
