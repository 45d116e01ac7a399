using System.Text;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Errors;
using CiCd.Init;

namespace CiCd.Core.Tests.Init;

public sealed class InitialConfigTests
{
    public sealed class TheRenderMethod
    {
        // 100 rows: x numeric, id distinct, label 70 "no" / 30 "yes" (or a third class every tenth row).
        private static string Render(bool multiclass = false, TaskKind? task = null)
        {
            var csv = new StringBuilder("id,x,label\n");
            for (var i = 0; i < 100; i++)
            {
                var label = multiclass && i % 10 == 0 ? "maybe" : i < 70 ? "no" : "yes";
                csv.Append($"row{i},{i % 13},{label}\n");
            }
            var table = CsvReader.Parse("/data/d.csv", csv.ToString());
            return InitialConfig.Render(table, new InitRequest("/data/d.csv", "label", task, null, "/data/mlops.yaml")).Text;
        }

        [Fact]
        public void Should_Bound_Rows_And_Class_Share_Around_What_The_File_Holds()
        {
            // When
            var text = Render();

            // Then
            Assert.Contains("rows: { min: 50, max: 1000 }", text, StringComparison.Ordinal);
            Assert.Contains("class_share: { min: 0.15 }", text, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Scale_The_Auc_Floor_To_The_Test_Split_And_The_Drift_Sample_To_The_Rows()
        {
            // When: a chance-level AUC on 14 + 6 test rows spreads by 0.144
            var text = Render();

            // Then
            Assert.Contains("roc_auc: { min: 0.64 }", text, StringComparison.Ordinal);
            Assert.Contains("min_current_sample: 20 ", text, StringComparison.Ordinal);
            Assert.Contains("positive_class: yes", text.Replace("'yes'", "yes", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Score_The_Yes_Of_A_Yes_No_Target_Even_When_It_Is_The_Majority()
        {
            // Given: 'defaulted' is Yes in 60 of 100 rows, as in a loan book that lends to risky applicants
            var table = CsvReader.Parse("/data/d.csv", "x,defaulted\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"{i % 7},{(i < 60 ? "Yes" : "No")}\n")));

            // When
            var text = InitialConfig.Render(table, new InitRequest("/data/d.csv", "defaulted", null, null, "/data/mlops.yaml")).Text;

            // Then
            Assert.Contains("positive_class: 'Yes'   # 60 of 100 rows, the yes of a yes/no pair", text, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Keep_The_Class_Share_Floor_Above_Zero_For_A_Class_Under_Two_Percent()
        {
            // Given: 200 rows, class c in one of them (0.5 %)
            var table = CsvReader.Parse("/data/d.csv", "x,label\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"{i % 7},{(i == 0 ? "c" : i % 4 == 0 ? "b" : "a")}\n")));

            // When
            var text = InitialConfig.Render(table, new InitRequest("/data/d.csv", "label", null, null, "/data/mlops.yaml")).Text;

            // Then
            Assert.Contains("class_share: { min: 0.0025 }", text, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Count_The_Test_Rows_Of_Each_Class_As_The_Training_Split_Takes_Them()
        {
            // Given: weka's weather.nominal counts, 5 "no" and 9 "yes": the split takes 1 and 2 of them (9 × 0.2 rounds to 2)
            var table = CsvReader.Parse("/data/weather.csv", "outlook,play\n" + string.Concat(Enumerable.Range(0, 14).Select(i => $"{(i % 3 == 0 ? "sunny" : "rainy")},{(i < 5 ? "no" : "yes")}\n")));

            // When
            var draft = InitialConfig.Render(table, new InitRequest("/data/weather.csv", "play", null, null, "/data/mlops.yaml"));

            // Then: a chance-level AUC on 1 + 2 rows spreads by 0.408, so the floor is 0.9, not 1
            Assert.Contains(draft.Warnings, w => w.StartsWith("only about 2 'yes' rows go to the test split", StringComparison.Ordinal));
            Assert.Contains("roc_auc: { min: 0.9 }   # chance (0.5) plus the spread of a chance-level AUC on the ~3-row test split", draft.Text, StringComparison.Ordinal);
            var test = CiCd.Train.StratifiedSplit.Holdout([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1], 0.2, 42).Test;
            Assert.Equal((1, 2), (test.Count(i => i < 5), test.Count(i => i >= 5)));
        }

        [Fact]
        public void Should_Say_One_Row_Goes_To_The_Test_Split_When_One_Does()
        {
            // Given: 5 positives of 100: one in the test split
            var table = CsvReader.Parse("/data/d.csv", "x,label\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"{i % 7},{(i < 5 ? "fraud" : "ok")}\n")));

            // When
            var warnings = InitialConfig.Render(table, new InitRequest("/data/d.csv", "label", null, null, "/data/mlops.yaml")).Warnings;

            // Then
            Assert.Contains(warnings, w => w.StartsWith("only about 1 'fraud' row goes to the test split", StringComparison.Ordinal));
        }

        [Fact]
        public void Should_Warn_When_The_First_Line_Names_Columns_With_Numbers()
        {
            // Given: scikit-learn's iris.csv, whose first line counts its rows and features, then names the classes
            var table = CsvReader.Parse("/data/iris.csv", "150,4,setosa,versicolor,virginica\n" +
                string.Concat(Enumerable.Range(0, 60).Select(i => $"{5 + (i % 9) * 0.1:0.0},{3 + (i % 5) * 0.1:0.0},1.4,0.2,{i % 3}\n")));

            // When
            var draft = InitialConfig.Render(table, new InitRequest("/data/iris.csv", "virginica", null, null, "/data/mlops.yaml"));

            // Then: said in the warnings and in the config's comments
            const string Expected = "the first line's names '150', '4' are numbers: mlops reads the first line as the column names, so if it is a row of data, add a line naming the columns above it";
            Assert.Contains(Expected, draft.Warnings);
            Assert.Contains($"# Warning: {Expected}.", draft.Text, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Not_Warn_Of_A_Header_Of_Names()
        {
            // Given
            var table = CsvReader.Parse("/data/d.csv", "x,label\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"{i % 7},{(i % 2 == 0 ? "a" : "b")}\n")));

            // When
            var warnings = InitialConfig.Render(table, new InitRequest("/data/d.csv", "label", null, null, "/data/mlops.yaml")).Warnings;

            // Then
            Assert.DoesNotContain(warnings, w => w.Contains("first line", StringComparison.Ordinal));
        }

        [Fact]
        public void Should_Warn_Of_A_Class_Too_Rare_To_Learn_Or_Test()
        {
            // Given: 200 rows, class c in one of them, as a retired customer segment
            var table = CsvReader.Parse("/data/d.csv", "x,label\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"{i % 7},{(i == 0 ? "c" : i % 4 == 0 ? "b" : "a")}\n")));

            // When
            var warnings = InitialConfig.Render(table, new InitRequest("/data/d.csv", "label", null, null, "/data/mlops.yaml")).Warnings;

            // Then
            Assert.Contains(warnings, w => w.StartsWith("'c' (1 row) has fewer than 5 rows: the model can hardly learn it", StringComparison.Ordinal));
        }

        [Fact]
        public void Should_Gate_Multiclass_Accuracy_At_The_Largest_Class_Share()
        {
            // When: "no" holds 63 of 100 rows
            var text = Render(multiclass: true);

            // Then
            Assert.Contains("task: multiclass", text, StringComparison.Ordinal);
            Assert.Contains("accuracy: { min: 0.63 }", text, StringComparison.Ordinal);
            Assert.Contains("id: ignore", text, StringComparison.Ordinal);
            Assert.Contains("x: { kind: numeric, range: [0, 24] }", text, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Not_Call_A_Column_Numeric_When_A_Value_Is_Beyond_What_A_32_Bit_Float_Holds()
        {
            // Given: read as a 32-bit float, 1e39 is infinity, and its range would be written as NaN
            var csv = new StringBuilder("x,visits,label\n");
            for (var i = 0; i < 40; i++)
            {
                csv.Append($"{(i == 7 ? "1e39" : (i % 13).ToString(System.Globalization.CultureInfo.InvariantCulture))},{i % 5},{(i < 28 ? "no" : "yes")}\n");
            }
            var table = CsvReader.Parse("/data/d.csv", csv.ToString());

            // When
            var text = InitialConfig.Render(table, new InitRequest("/data/d.csv", "label", null, null, "/data/mlops.yaml")).Text;

            // Then
            Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
            Assert.DoesNotContain("x: { kind: numeric", text, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(";", "';'")]
        [InlineData("\t", "tabs")]
        public void Should_Say_A_Header_Of_One_Column_Holding_Another_Separator_Is_Not_Comma_Separated(string separator, string named)
        {
            // Given
            var table = CsvReader.Parse("/data/d.csv", $"x{separator}label\n" + string.Concat(Enumerable.Range(0, 60).Select(i => $"{i % 7}{separator}{(i % 2 == 0 ? "a" : "b")}\n")));

            // When
            var error = Assert.Throws<InputException>(() => InitialConfig.Render(table, new InitRequest("/data/d.csv", "label", null, null, "/data/mlops.yaml")));

            // Then
            Assert.EndsWith($"; the header is one column holding {named}: mlops reads comma-separated files, so save the file with commas; check --target",
                error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Name_The_First_Twenty_Columns_Of_A_Wide_Header_Without_The_Target()
        {
            // Given: 100,000 columns, none named as the target
            var header = string.Join(",", Enumerable.Range(0, 100_000).Select(i => $"c{i}"));
            var table = CsvReader.Parse("/data/d.csv", header + "\n" + string.Join(",", Enumerable.Repeat("1", 100_000)) + "\n");

            // When
            var error = Assert.Throws<InputException>(() => InitialConfig.Render(table, new InitRequest("/data/d.csv", "label", null, null, "/data/mlops.yaml")));

            // Then
            Assert.Equal("the target 'label' is not a column of the header (c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, … (100000 columns)); check --target",
                error.Problem);
        }

        [Theory]
        [InlineData(null)]
        [InlineData(TaskKind.Binary)]
        [InlineData(TaskKind.Multiclass)]
        public void Should_Refuse_A_Target_Of_A_Single_Class_Without_Pointing_At_Another_Task(TaskKind? task)
        {
            // Given: every row labelled 'yes', as an export filtered to the approved applicants
            var table = CsvReader.Parse("/data/d.csv", "x,label\n" + string.Concat(Enumerable.Range(0, 60).Select(i => $"{i % 7},yes\n")));

            // When
            var error = Assert.Throws<InputException>(() => InitialConfig.Render(table, new InitRequest("/data/d.csv", "label", task, null, "/data/mlops.yaml")));

            // Then: no other task can help, so none is offered
            Assert.Equal("/data/d.csv", error.File);
            Assert.StartsWith("the target 'label' holds a single class ('yes' in 60 rows): a classifier needs rows of at least 2 classes", error.Problem, StringComparison.Ordinal);
            Assert.DoesNotContain("--task", error.Problem, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(null)]
        [InlineData(TaskKind.Regression)]
        public void Should_Refuse_A_Regression_Target_Of_A_Single_Value_As_Training_Would(TaskKind? task)
        {
            // Given: every row's target is 5.5 (a fraction, so read as a regression); train refused it only after init wrote a config
            var table = CsvReader.Parse("/data/d.csv", "x,y\n" + string.Concat(Enumerable.Range(0, 60).Select(i => $"{i % 7},5.5\n")));

            // When
            var error = Assert.Throws<InputException>(() => InitialConfig.Render(table, new InitRequest("/data/d.csv", "y", task, null, "/data/mlops.yaml")));

            // Then
            Assert.Equal("/data/d.csv", error.File);
            Assert.Equal(2, error.Column);
            Assert.StartsWith("the target 'y' holds a single value ('5.5' in 60 rows): a regression needs at least 2 distinct values", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Refuse_Data_Whose_Every_Column_Besides_The_Target_Is_Ignored_Naming_Them_And_Why()
        {
            // Given: the only column besides the label counts up one by one, as a row number does
            var table = CsvReader.Parse("/data/d.csv", "n,label\n" + string.Concat(Enumerable.Range(0, 60).Select(i => $"{i},{(i % 3 == 0 ? "yes" : "no")}\n")));

            // When
            var error = Assert.Throws<InputException>(() => InitialConfig.Render(table, new InitRequest("/data/d.csv", "label", null, null, "/data/mlops.yaml")));

            // Then: the data file is named, not the config that was never written
            Assert.Equal("/data/d.csv", error.File);
            Assert.StartsWith("no column besides the target 'label' can be a feature: 'n' is ignored (", error.Problem, StringComparison.Ordinal);
        }
    }

    public sealed class TheTaskInference
    {
        private static TaskKind Decide(IEnumerable<string> targets, TaskKind? asked = null)
        {
            var table = CsvReader.Parse("/data/d.csv", "x,y\n" + string.Concat(targets.Select((t, i) => $"{i},{t}\n")));
            return TaskInference.Decide(table, 1, asked);
        }

        [Fact]
        public void Should_Read_Up_To_Twenty_Whole_Numbers_As_Classes_And_More_As_A_Quantity()
        {
            // When
            var twenty = Decide(Enumerable.Range(0, 60).Select(i => (i % 20).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var twentyOne = Decide(Enumerable.Range(0, 63).Select(i => (i % 21).ToString(System.Globalization.CultureInfo.InvariantCulture)));

            // Then
            Assert.Equal(TaskKind.Multiclass, twenty);
            Assert.Equal(TaskKind.Regression, twentyOne);
        }

        [Fact]
        public void Should_Read_Fractions_As_A_Quantity_Two_Values_As_Binary_And_Words_As_Classes()
        {
            // When / Then
            Assert.Equal(TaskKind.Regression, Decide(["1.5", "2", "3", "1.5"]));
            Assert.Equal(TaskKind.Binary, Decide(["0.5", "1.5", "0.5"]));
            Assert.Equal(TaskKind.Multiclass, Decide(["a", "b", "c", "a"]));
        }
    }
}
