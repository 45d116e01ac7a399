using CiCd.Configuration;
using CiCd.Data;
using CiCd.Errors;
using CiCd.Init;
using CiCd.Validate;
using FsCheck;
using FsCheck.Xunit;

namespace CiCd.Core.Tests.Init;

public sealed class ConfigInitializerTests
{
    public sealed class TheWriteMethod
    {
        // Names and levels a hostile or careless file holds: YAML syntax and implicit types, quotes, line breaks,
        // control and invisible characters, glob stars, leading and trailing spaces. No NUL: the reader refuses it.
        private static readonly string[] Hostile =
        [
            "a: b", "#c", "- d", "{e", "[f", "&anchor", "*alias", "!!python/object", "<<", "yes", "No", "null", "~", "1e3",
            "0x1F", ".inf", ".nan", "01", "it's", "q\"q", "back\\slash", " lead", "trail ", "multi\nline", "cr\rlf\r\n",
            "tab\tt", "esc\u001b[31m", "nel\u0085x", "ls\u2028x", "\uFEFFbom", "a\u200Bb", "\u202Eabc", "*", "a*",
            "%TAG", "@at", "`bt", "?q", "---", "...", "x,y", "\u00e9", "e\u0301",
        ];

        private static (string[] Header, List<string?[]> Rows) Data(string a, string b, int seed)
        {
            var random = new Random(seed);
            var pool = Hostile.Append(a).Append(b).Where(s => !s.Any(c => char.IsSurrogate(c) || c == '\0')).ToArray();
            var names = pool.OrderBy(_ => random.Next()).Where(n => n.Trim().Length > 0 && n != "target").Distinct(StringComparer.Ordinal).Take(4).ToArray();
            // Each column draws from up to 6 levels of the pool (listed as `allowed`), or from numbers.
            var levels = names.Select(_ => pool.OrderBy(_ => random.Next()).Take(random.Next(2, 7)).ToArray()).ToArray();
            var rows = Enumerable.Range(0, 60).Select(i => names
                .Select((_, c) => c == 0 ? (random.NextDouble() * 100).ToString("R", System.Globalization.CultureInfo.InvariantCulture) : levels[c][random.Next(levels[c].Length)])
                .Append(i % 3 == 0 ? "yes" : "no").ToArray<string?>()).ToList();
            return ([.. names, "target"], rows);
        }

        [Property(MaxTest = 40)]
        public void Should_Write_A_Config_Naming_The_Data_Columns_And_Levels_That_Validates_The_Data(NonNull<string> a, NonNull<string> b, int seed)
        {
            // Given
            using var folder = new TempFolder();
            var (header, rows) = Data(a.Get, b.Get, seed);
            var data = folder.PathOf("data.csv");
            CsvWriter.Write(data, header, rows);
            var table = CsvReader.Read(data);

            // When
            var result = ConfigInitializer.Write(new InitRequest(data, "target", null, null, folder.PathOf("mlops.yaml")), force: false);

            // Then: the config as loaded from the file means the data's own columns and levels, and passes on it
            var config = ConfigLoader.Load(result.ConfigPath);
            Assert.Equal(table.Header, config.Dataset.Features.Select(c => c.Name).Append(config.Dataset.Target));
            foreach (var column in config.Dataset.Features.Where(c => c.Allowed.Count > 0 || c.Order.Count > 0))
            {
                var index = table.IndexOf(column.Name);
                var seen = table.Rows.Select(r => r.Values[index]?.Trim()).Where(v => v is { Length: > 0 } and not "?").Distinct(StringComparer.Ordinal);
                Assert.Equal(seen.Order(StringComparer.Ordinal), column.Allowed.Concat(column.Order).Order(StringComparer.Ordinal));
            }
            var report = DataValidator.Validate(config);
            Assert.True(report.Passed, string.Join("; ", report.Results.Where(r => r.IsBlocking).Select(r => r.ToString())));
        }

        [Fact]
        public void Should_Allow_Every_Level_An_Arff_Header_Declares_In_Its_Order_Though_The_Rows_Hold_Fewer()
        {
            // Given: an ARFF file declaring age ranges and colours its rows use only some of (as Weka's breast-cancer.arff)
            using var folder = new TempFolder();
            var arff = folder.Write("declared.arff", "@relation s\n@attribute age {'10-19','20-29','30-39','40-49'}\n" +
                "@attribute colour {red,green,blue,black}\n@attribute v real\n@attribute class {a,b}\n@data\n" +
                string.Concat(Enumerable.Range(0, 40).Select(i => $"'{(i % 2 == 0 ? "20-29" : "30-39")}',{(i % 3 == 0 ? "red" : "green")},{i}.5,{(i % 4 == 0 ? "b" : "a")}\n")));

            // When
            var result = ConfigInitializer.Write(new InitRequest(arff, "class", null, null, folder.PathOf("mlops.yaml")), force: false);

            // Then: a later row holding a declared level the file never showed is valid
            var columns = result.Config.Dataset.Features.ToDictionary(c => c.Name);
            Assert.Equal(ColumnKind.Ordinal, columns["age"].Kind);
            Assert.Equal(["10-19", "20-29", "30-39", "40-49"], columns["age"].Order);
            Assert.Equal(["red", "green", "blue", "black"], columns["colour"].Allowed);
        }

        [Fact]
        public void Should_Keep_A_Declared_Nominal_Attribute_Whose_Levels_Look_Numeric_Categorical()
        {
            // Given: breast-cancer.arff's deg-malig {'1','2','3'}, a nominal attribute whose levels are numbers
            using var folder = new TempFolder();
            var arff = folder.Write("grades.arff", "@relation s\n@attribute deg-malig {'1','2','3'}\n@attribute v real\n" +
                "@attribute class {a,b}\n@data\n" +
                string.Concat(Enumerable.Range(0, 40).Select(i => $"'{(i % 3) + 1}',{i}.5,{(i % 4 == 0 ? "b" : "a")}\n")));

            // When
            var result = ConfigInitializer.Write(new InitRequest(arff, "class", null, null, folder.PathOf("mlops.yaml")), force: false);

            // Then: the header says it is a category, so it is not read as a number
            var column = result.Config.Dataset.Features.Single(c => c.Name == "deg-malig");
            Assert.Equal(ColumnKind.Categorical, column.Kind);
            Assert.Equal(["1", "2", "3"], column.Allowed);
        }

        [Fact]
        public void Should_Warn_Of_Declared_Classes_No_Row_Holds_And_List_Only_Those_With_Rows()
        {
            // Given: a target declaring a class its rows never hold (as weka's glass.arff declares 'vehic wind non-float')
            using var folder = new TempFolder();
            var arff = folder.Write("glass.arff", "@relation s\n@attribute v real\n@attribute class {a,b,c,'vehic wind non-float'}\n@data\n" +
                string.Concat(Enumerable.Range(0, 60).Select(i => $"{i}.5,{"abc"[i % 3]}\n")));

            // When
            var result = ConfigInitializer.Write(new InitRequest(arff, "class", null, null, folder.PathOf("mlops.yaml")), force: false);

            // Then: classes are those a model can learn; the warning names the one left out
            Assert.Equal(["a", "b", "c"], result.Config.Dataset.Classes.Order(StringComparer.Ordinal));
            Assert.Contains(result.Warnings, w => w.Contains("declares 1 class no row holds ('vehic wind non-float')", StringComparison.Ordinal));
        }

        [Fact]
        public void Should_Name_The_Model_Within_The_Registry_Rule_From_A_Long_File_Name()
        {
            // Given: a file name longer than a model name may be
            using var folder = new TempFolder();
            var data = folder.Write($"Vote Data {new string('v', 150)}.csv", "x,label\n" +
                string.Concat(Enumerable.Range(0, 40).Select(i => $"{i}.5,{(i % 3 == 0 ? "yes" : "no")}\n")));

            // When
            var result = ConfigInitializer.Write(new InitRequest(data, "label", null, null, folder.PathOf("mlops.yaml")), force: false);

            // Then: reading the model name (as gate and register do) does not refuse it
            Assert.True(ModelNames.IsValid(result.Config.Registry.Model), result.Config.Dataset.Name);
            Assert.StartsWith("vote-data-vvv", result.Config.Registry.Model, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Name_The_Arff_File_And_Its_Line_When_The_Csv_Converted_From_It_Is_Refused_And_Removed()
        {
            // Given: the third data row (line 8, after a comment) has no class; the error used to name the converted
            // CSV's line 4, a file init removes again
            using var folder = new TempFolder();
            var arff = folder.Write("gap.arff", "@relation s\n@attribute v real\n@attribute class {a,b}\n@data\n1.5,a\n% a comment\n2.5,b\n3.5,?\n");
            var request = new InitRequest(arff, "class", null, null, folder.PathOf("mlops.yaml"));

            // When
            var error = Assert.Throws<InputException>(() => ConfigInitializer.Write(request, force: false));

            // Then
            Assert.Equal(arff, error.File);
            Assert.Equal(8, error.Line);
            Assert.Contains("the target 'class' is missing", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Leave_No_Converted_Csv_When_The_Config_For_An_Arff_File_Is_Refused()
        {
            // Given: an ARFF file whose rows hold a single class, so no config can be written for it
            using var folder = new TempFolder();
            var arff = folder.Write("one.arff", "@relation s\n@attribute v real\n@attribute class {a,b}\n@data\n" +
                string.Concat(Enumerable.Range(0, 30).Select(i => $"{i}.5,a\n")));
            var request = new InitRequest(arff, "class", null, null, folder.PathOf("mlops.yaml"));

            // When
            Assert.Throws<InputException>(() => ConfigInitializer.Write(request, force: false));

            // Then: the retry (with the rows or --target mended) is not refused for a CSV the failed run left
            Assert.Equal(["one.arff"], folder.FilesIn());
        }
    }
}
