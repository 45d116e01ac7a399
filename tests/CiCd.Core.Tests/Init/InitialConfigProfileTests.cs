using System.Globalization;
using System.Text;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Data.Arff;
using CiCd.Data.Profiling;
using CiCd.Init;
using CiCd.Testing;
using CiCd.Validate;

namespace CiCd.Core.Tests.Init;

public sealed class InitialConfigProfileTests
{
    // The kinds `mlops data profile` infers are the kinds `mlops init` writes: on every data set the project ships.
    public sealed class TheRenderMethodOnShippedData : IDisposable
    {
        private readonly TempFolder _folder = new();

        public void Dispose() => _folder.Dispose();

        [Theory]
        [InlineData("mlops.yaml")]
        [InlineData("examples/digits/mlops.yaml")]
        [InlineData("examples/cpu/mlops.yaml")]
        [InlineData("examples/diabetes/mlops.yaml")]
        [InlineData("examples/fashion-mnist/mlops.yaml")]
        public void Should_Write_The_Kind_The_Profile_Infers_Under_The_Shipped_Config(string shipped)
        {
            // Given: the data set as `mlops data profile -c` reads it (fashion-mnist only when fetched)
            var dataset = ConfigLoader.Load(RepositoryRoot.PathOf(shipped)).Dataset;
            if (!File.Exists(dataset.Path))
            {
                return;
            }
            var profile = DataProfiler.Profile(ProfileSource.FromConfig(dataset));

            // When
            var written = Init(dataset.Path, dataset.Target, dataset.Task);

            // Then
            AssertSameKinds(profile, written);
        }

        [Theory]
        [InlineData("breast-cancer.arff", "Class")]
        [InlineData("vote.arff", "Class")]
        [InlineData("labor.arff", "class")]
        [InlineData("iris.arff", "class")]
        [InlineData("glass.arff", "Type")]
        [InlineData("diabetes.arff", "class")]
        [InlineData("cpu.with.vendor.arff", "class")]
        [InlineData("wine.csv", "cultivar")]
        public void Should_Write_The_Kind_The_Profile_Infers_For_A_Bare_File(string file, string target)
        {
            // Given: the init test data sets, as `mlops data profile --data F --target C` reads them
            var source = RepositoryRoot.PathOf("tests/CiCd.Cli.Tests/Data/Init/" + file);
            var csv = file.EndsWith(".csv", StringComparison.Ordinal) ? source : _folder.PathOf(Path.ChangeExtension(file, ".csv"));
            if (csv != source)
            {
                ArffImporter.Import(source, csv);
            }
            var profile = DataProfiler.Profile(ProfileSource.FromFile(csv, target));

            // When
            var written = Init(csv, target, null);

            // Then
            AssertSameKinds(profile, written);
        }

        private DatasetConfig Init(string data, string target, TaskKind? task)
        {
            var configPath = _folder.PathOf("mlops.yaml");
            var draft = InitialConfig.Render(new InitRequest(data, target, task, null, configPath));
            return ConfigLoader.Parse(configPath, draft.Text).Dataset;
        }

        private static void AssertSameKinds(DataProfile profile, DatasetConfig written)
        {
            var kinds = written.Columns.ToDictionary(c => c.Name, c => (c.Kind, c.Order), StringComparer.Ordinal);
            Assert.NotEmpty(profile.Columns);
            Assert.All(profile.Columns, column =>
            {
                Assert.True(kinds.TryGetValue(column.Name, out var init), $"init did not write '{column.Name}'");
                Assert.Equal((column.Name, column.Inferred), (column.Name, init.Kind));
                Assert.Equal(column.InferredOrder, init.Order);
            });
        }
    }

    public sealed class TheRenderMethod
    {
        // 100 rows: an id, a number with '?' in every ninth row, a constant, a colour, a column that copies the label, the label (70 no / 30 yes).
        private static InitialDraft Render()
        {
            var csv = new StringBuilder("customer_id,x,country,colour,outcome_code,label\n");
            for (var i = 0; i < 100; i++)
            {
                var label = i % 10 < 7 ? "no" : "yes";
                var x = i % 9 == 0 ? "?" : $"{(i % 13) + 1}";
                csv.Append($"{5000 + (i * 7)},{x},DE,{(i % 3 == 0 ? "red" : i % 3 == 1 ? "green" : "blue")},{(label == "yes" ? "Y" : "N")},{label}\n");
            }
            var table = CsvReader.Parse("/data/d.csv", csv.ToString());
            return InitialConfig.Render(table, new InitRequest("/data/d.csv", "label", null, null, "/data/mlops.yaml"));
        }

        [Fact]
        public void Should_Ignore_An_Identifier_And_Say_Why()
        {
            // When
            var draft = Render();

            // Then
            Assert.Contains("customer_id: ignore   # identifier: an identifier's name with all 100 values distinct whole numbers", draft.Text, StringComparison.Ordinal);
            Assert.Contains(draft.Warnings, w => w.StartsWith("'customer_id' looks like an identifier", StringComparison.Ordinal));
        }

        [Fact]
        public void Should_Flag_A_Constant_Column_In_A_Comment_And_A_Warning()
        {
            // When
            var draft = Render();

            // Then
            Assert.Contains("country: { kind: categorical, allowed: [DE] }   # constant: a single value in every row", draft.Text, StringComparison.Ordinal);
            Assert.Contains(draft.Warnings, w => w.StartsWith("'country' holds a single value (or none) in every row: it tells", StringComparison.Ordinal));
        }

        [Fact]
        public void Should_Say_A_Constant_Column_It_Ignores_Is_Already_Ignored_Instead_Of_Asking_To_Ignore_It()
        {
            // Given: weka's supermarket holds columns with no value in any row, which init sets to ignore
            var csv = new StringBuilder("x,empty,label\n");
            for (var i = 0; i < 100; i++)
            {
                csv.Append($"{i % 13},,{(i % 10 < 7 ? "no" : "yes")}\n");
            }
            var table = CsvReader.Parse("/data/d.csv", csv.ToString());

            // When
            var draft = InitialConfig.Render(table, new InitRequest("/data/d.csv", "label", null, null, "/data/mlops.yaml"));

            // Then
            Assert.Contains("empty: { kind: ignore, missing: 1 }", draft.Text, StringComparison.Ordinal);
            Assert.Contains(draft.Warnings, w => w.StartsWith("'empty' holds a single value (or none) in every row and is already set to ignore", StringComparison.Ordinal));
            Assert.DoesNotContain(draft.Warnings, w => w.Contains("set it to ignore", StringComparison.Ordinal));
        }

        [Fact]
        public void Should_Allow_The_Observed_Missing_Share_Plus_Chance_And_Say_How_It_Was_Written()
        {
            // When: 12 of 100 rows hold '?' (0.12 plus three standard errors of the share in a 20-row sample)
            var draft = Render();

            // Then
            Assert.Contains("x: { kind: numeric, range: [0, 26], missing: 0.34 }   # 12 missing (12.0 %, written '?'); observed 1 to 13", draft.Text, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Accept_A_Later_Sample_Whose_Missing_Shares_Vary_By_Chance()
        {
            // Given: 500 rows, x missing in 17 % of them, y never; a later sample of 100 rows (the drift window), x missing
            // in 24 % (1.9 standard errors above) and y in one row, as the held-out fifth of soybean.arff showed
            var draft = InitialConfig.Render(CsvReader.Parse("/data/d.csv", Rows(500, xMissing: 17, yMissing: 0)),
                new InitRequest("/data/d.csv", "label", null, null, "/data/mlops.yaml"));
            var config = ConfigLoader.Parse("/data/mlops.yaml", draft.Text);
            var later = CsvReader.Parse("/data/later.csv", Rows(100, xMissing: 24, yMissing: 1));

            // When
            var report = DataValidator.Validate(later, config.Dataset, config.Validation);

            // Then
            Assert.DoesNotContain(report.Results, r => r.Rule == "missing" && !r.Passed);
        }

        // x missing in the first xMissing of every 100 rows, y in the first yMissing rows, the label alternating.
        private static string Rows(int count, int xMissing, int yMissing)
        {
            var csv = new StringBuilder("x,y,label\n");
            for (var i = 0; i < count; i++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{(i % 100 < xMissing ? "" : i % 7)},{(i < yMissing ? "" : i % 5)},{(i % 2 == 0 ? "a" : "b")}\n");
            }
            return csv.ToString();
        }

        [Fact]
        public void Should_Ignore_Amounts_And_Dates_Written_As_Text_And_Say_What_To_Write()
        {
            // Given: 60 rows of a spreadsheet export, 20 amounts with a currency sign and thousands separators, 28 dates and a
            // count (a config needs one feature)
            var csv = new StringBuilder("paid,day,visits,label\n");
            for (var i = 0; i < 60; i++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"\"${1000 + (i % 20 * 37)}.50\",2024-01-{(i % 28) + 1:00},{i % 7},{(i % 2 == 0 ? "a" : "b")}\n");
            }
            var table = CsvReader.Parse("/data/d.csv", csv.ToString().Replace("$1", "$1,", StringComparison.Ordinal));

            // When
            var draft = InitialConfig.Render(table, new InitRequest("/data/d.csv", "label", null, null, "/data/mlops.yaml"));

            // Then
            Assert.Contains("paid: ignore   # ignored: numbers written with a currency sign, thousands separators or a percent sign (such as '$1,", draft.Text, StringComparison.Ordinal);
            Assert.Contains("day: ignore   # ignored: dates (such as '2024-01-01'): every later date would be a category never seen", draft.Text, StringComparison.Ordinal);
            Assert.Contains(draft.Warnings, w => w.StartsWith("'paid' is set to ignore: numbers written", StringComparison.Ordinal) && w.EndsWith("write plain numbers to use it", StringComparison.Ordinal));
            Assert.Contains(draft.Warnings, w => w.StartsWith("'day' is set to ignore: dates", StringComparison.Ordinal));
        }

        [Fact]
        public void Should_Warn_When_A_Column_Of_Numbers_Is_Ignored_For_A_Few_Values_That_Are_Not()
        {
            // Given: 60 measurements, one of them mistyped; read as text, the column used to be ignored as "free text" in silence
            var csv = new StringBuilder("weight,visits,label\n");
            for (var i = 0; i < 60; i++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{(i == 9 ? "7O.5" : (50 + i * 0.5).ToString(CultureInfo.InvariantCulture))},{i % 7},{(i % 2 == 0 ? "a" : "b")}\n");
            }
            var table = CsvReader.Parse("/data/d.csv", csv.ToString());

            // When
            var draft = InitialConfig.Render(table, new InitRequest("/data/d.csv", "label", null, null, "/data/mlops.yaml"));

            // Then
            Assert.Contains("weight: ignore   # ignored: numbers but for 1 row (such as '7O.5', which is not a number)", draft.Text, StringComparison.Ordinal);
            Assert.Contains(draft.Warnings, w => w.StartsWith("'weight' is set to ignore: numbers but for 1 row", StringComparison.Ordinal));
        }

        [Fact]
        public void Should_Warn_When_A_Column_Of_Few_Numbers_Holds_One_Beyond_A_Float()
        {
            // Given: a loan duration of a few values, one of them 1e39; as a few distinct texts it used to become a categorical in silence
            var csv = new StringBuilder("duration,visits,label\n");
            for (var i = 0; i < 60; i++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "1e39" : (12 * (1 + i % 4)).ToString(CultureInfo.InvariantCulture))},{i % 7},{(i % 2 == 0 ? "a" : "b")}\n");
            }
            var table = CsvReader.Parse("/data/d.csv", csv.ToString());

            // When
            var draft = InitialConfig.Render(table, new InitRequest("/data/d.csv", "label", null, null, "/data/mlops.yaml"));

            // Then
            Assert.Contains("duration: ignore   # ignored: numbers but for 1 row (such as '1e39', which is beyond ±3.4E+38", draft.Text, StringComparison.Ordinal);
            Assert.Contains(draft.Warnings, w => w.StartsWith("'duration' is set to ignore: numbers but for 1 row", StringComparison.Ordinal));
        }

        [Fact]
        public void Should_Not_List_Allowed_Levels_When_One_Was_Seen_Only_Once()
        {
            // Given: 'legacy' in one row of 100, as a rare customer segment in a loan export
            var csv = new StringBuilder("segment,label\n");
            for (var i = 0; i < 100; i++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "legacy" : i % 3 == 0 ? "premium" : "standard")},{(i % 2 == 0 ? "a" : "b")}\n");
            }

            // When
            var draft = InitialConfig.Render(CsvReader.Parse("/data/d.csv", csv.ToString()), new InitRequest("/data/d.csv", "label", null, null, "/data/mlops.yaml"));

            // Then
            Assert.Contains("segment: categorical   # no `allowed`: 'legacy' seen only once, so levels never seen may still come", draft.Text, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Shorten_A_Long_Level_Seen_Only_Once_In_The_Comment()
        {
            // Given: one row whose field holds 100,000 characters (a pasted document), as a hostile or broken export has
            var csv = new StringBuilder("segment,label\n");
            for (var i = 0; i < 100; i++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? new string('A', 100_000) : i % 3 == 0 ? "premium" : "standard")},{(i % 2 == 0 ? "a" : "b")}\n");
            }

            // When
            var draft = InitialConfig.Render(CsvReader.Parse("/data/d.csv", csv.ToString()), new InitRequest("/data/d.csv", "label", null, null, "/data/mlops.yaml"));

            // Then: the comment names the level by its start, and the config stays the size of its lines
            var line = draft.Text.Split('\n').Single(l => l.Contains("segment:", StringComparison.Ordinal));
            Assert.StartsWith($"    segment: categorical   # no `allowed`: '{new string('A', 40)}…' (100000 characters) seen only once", line, StringComparison.Ordinal);
            Assert.True(draft.Text.Length < 10_000, $"the config holds {draft.Text.Length} characters");
        }
        [Fact]
        public void Should_List_The_Levels_Seen_As_Allowed()
        {
            // When
            var draft = Render();

            // Then
            Assert.Contains("colour: { kind: categorical, allowed: [blue, green, red] }", draft.Text, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Warn_Of_A_Column_That_Tells_The_Target_Alone()
        {
            // When
            var draft = Render();

            // Then
            Assert.Contains("# possible leakage: alone it tells the target suspiciously well", draft.Text, StringComparison.Ordinal);
            Assert.Contains(draft.Warnings, w => w.StartsWith("'outcome_code' alone tells 'label' suspiciously well", StringComparison.Ordinal));
        }

        [Fact]
        public void Should_Warn_When_Missing_Values_Are_Written_As_A_Look_Alike_The_Reader_Keeps()
        {
            // Given
            var csv = new StringBuilder("x,label\n");
            for (var i = 0; i < 40; i++)
            {
                csv.Append($"{(i % 5 == 0 ? "NA" : (i % 7).ToString(System.Globalization.CultureInfo.InvariantCulture))},{(i % 2 == 0 ? "a" : "b")}\n");
            }
            var table = CsvReader.Parse("/data/d.csv", csv.ToString());

            // When
            var draft = InitialConfig.Render(table, new InitRequest("/data/d.csv", "label", null, null, "/data/mlops.yaml"));

            // Then
            Assert.Contains(draft.Warnings, w => w.StartsWith("'x' holds 'NA' (8 rows), which the reader keeps as a value", StringComparison.Ordinal));
        }
    }
}
