using System.Text;
using CiCd.Configuration;
using CiCd.Data;
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
