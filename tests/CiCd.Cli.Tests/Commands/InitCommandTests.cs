using System.Diagnostics;
using CiCd.Cli.Tests.Fixtures;
using CiCd.Errors;
using CiCd.Testing;
using Xunit.Abstractions;

namespace CiCd.Cli.Tests.Commands;

public sealed class InitCommandTests
{
    private static string DataSet(string file) => RepositoryRoot.PathOf("tests/CiCd.Cli.Tests/Data/Init/" + file);

    private static MlopsRun Init(TempFolder folder, params string[] args) =>
        Mlops.Run(["init", "--out", folder.PathOf("mlops.yaml"), .. args]);

    public sealed class TheInitAction(ITestOutputHelper log)
    {
        // Eight public data sets the project does not otherwise use (Data/Init/PROVENANCE.md): binary, multiclass and
        // regression, numeric, categorical and range-valued columns, missing values, 57 to 768 rows, ARFF and CSV.
        [Theory]
        [InlineData("diabetes.arff", "class")]
        [InlineData("breast-cancer.arff", "Class")]
        [InlineData("iris.arff", "class")]
        [InlineData("vote.arff", "Class")]
        [InlineData("glass.arff", "Type")]
        [InlineData("labor.arff", "class")]
        [InlineData("wine.csv", "cultivar")]
        [InlineData("cpu.with.vendor.arff", "class")]
        public void Should_Write_A_Config_On_Which_Validate_Train_And_Gate_Pass_Without_Edits(string file, string target)
        {
            // Given
            using var folder = new TempFolder();
            var data = file.EndsWith(".csv", StringComparison.Ordinal) ? folder.Write(file, File.ReadAllText(DataSet(file))) : DataSet(file);
            var config = folder.PathOf("mlops.yaml");
            var clock = Stopwatch.StartNew();

            // When
            var runs = new[]
            {
                Init(folder, "--data", data, "--target", target),
                Mlops.Run("data", "validate", "-c", config, "--out", folder.PathOf("out/validate")),
                Mlops.Run("train", "-c", config, "--out", folder.PathOf("out/train"), "--cache", folder.PathOf("cache")),
                Mlops.Run("gate", "-c", config, "--candidate", folder.PathOf("out/train/model-card.json"), "--out", folder.PathOf("out/gate")),
            };

            // Then
            log.WriteLine($"{file}: init → gate in {clock.Elapsed.TotalSeconds:F1} s");
            Assert.All(runs, run => Assert.True(run.ExitCode == ExitCodes.Ok, run + "\n--- config\n" + File.ReadAllText(config)));
        }

        [Fact]
        public void Should_Infer_Ordinal_Ranges_Missing_Shares_And_The_Minority_Positive_Class()
        {
            // Given
            using var folder = new TempFolder();

            // When
            var run = Init(folder, "--data", DataSet("breast-cancer.arff"), "--target", "Class");

            // Then
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            var text = File.ReadAllText(folder.PathOf("mlops.yaml"));
            // The header's levels, though no row is aged 10-19 or 80-99
            Assert.Contains("age: { kind: ordinal, order: ['10-19', '20-29', '30-39', '40-49', '50-59', '60-69', '70-79', '80-89', '90-99'] }", text, StringComparison.Ordinal);
            Assert.Contains("node-caps: { kind: categorical, allowed: ['yes', 'no'], missing: 0.1 }   # 8 missing (2.8 %, written empty)", text, StringComparison.Ordinal);
            Assert.Contains("positive_class: recurrence-events   # 85 of 286 rows, the minority class", text, StringComparison.Ordinal);
            Assert.DoesNotContain("cost_matrix:", text.Replace("`cost_matrix`", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.True(File.Exists(folder.PathOf("breast-cancer.csv")));
        }

        [Fact]
        public void Should_Read_A_Target_Of_Many_Numbers_As_Regression_With_A_Range()
        {
            // Given
            using var folder = new TempFolder();

            // When
            var run = Init(folder, "--data", DataSet("cpu.with.vendor.arff"), "--target", "class");

            // Then
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            Assert.Contains("regression, target class (a number)", run.Output, StringComparison.Ordinal);
            var text = File.ReadAllText(folder.PathOf("mlops.yaml"));
            Assert.Contains("task: regression   # numbers with more than 20 distinct values", text, StringComparison.Ordinal);
            Assert.Contains("class: { kind: numeric, range: [0, 2480], missing: forbid }   # observed 15 to 1238", text, StringComparison.Ordinal);
            Assert.Contains("primary_metric: rmse", text, StringComparison.Ordinal);
            Assert.DoesNotContain("classes:", text, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Offer_The_Log_Transform_Of_A_Skewed_Target_As_A_Comment_Since_The_Search_Selects_By_Rmse()
        {
            // Given
            using var folder = new TempFolder();

            // When
            var run = Init(folder, "--data", DataSet("cpu.with.vendor.arff"), "--target", "class");

            // Then: offered with the skewness, not set (ConfigLoader would read an active line)
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            var text = File.ReadAllText(folder.PathOf("mlops.yaml"));
            Assert.Contains("  # target_transform: log1p   # the target is right-skewed (skewness", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\n  target_transform:", text, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Grow_The_Trees_Out_And_Converge_Sdca_Tightly_For_A_Small_Regression_Data_Set()
        {
            // Given: 209 rows, below the 2,000 where the small-data candidates apply
            using var folder = new TempFolder();

            // When
            var run = Init(folder, "--data", DataSet("cpu.with.vendor.arff"), "--target", "class");

            // Then
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            var text = File.ReadAllText(folder.PathOf("mlops.yaml"));
            Assert.Contains("space: { number_of_leaves: [104], number_of_trees: [500], minimum_example_count_per_leaf: [2], feature_fraction_per_split: [1] }", text, StringComparison.Ordinal);
            Assert.Contains("minimum_example_count_per_leaf: [2] }", text[text.IndexOf("trainer: light_gbm", StringComparison.Ordinal)..], StringComparison.Ordinal);
            Assert.Contains("convergence_tolerance: [0.00001]", text, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Keep_The_Quick_Candidates_For_A_Regression_Data_Set_Of_2000_Rows_Or_More()
        {
            // Given: 2,000 rows of a number that grows with x
            using var folder = new TempFolder();
            var csv = new System.Text.StringBuilder("x,y\n");
            for (var i = 0; i < 2000; i++)
            {
                csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i % 97},{(i % 97) * 2 + i % 7}.25\n");
            }
            var data = folder.Write("d.csv", csv.ToString());

            // When
            var run = Init(folder, "--data", data, "--target", "y");

            // Then
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            var text = File.ReadAllText(folder.PathOf("mlops.yaml"));
            Assert.Contains("space: { number_of_leaves: [16, 64], number_of_trees: [100], minimum_example_count_per_leaf: [20] }", text, StringComparison.Ordinal);
            Assert.DoesNotContain("convergence_tolerance", text, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Read_The_Numbers_As_Classes_When_Told_Multiclass()
        {
            // Given
            using var folder = new TempFolder();

            // When
            var run = Init(folder, "--data", DataSet("cpu.with.vendor.arff"), "--target", "class", "--task", "multiclass");

            // Then
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            Assert.Contains("task: multiclass   # as asked with --task", File.ReadAllText(folder.PathOf("mlops.yaml")), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Refuse_Regression_For_A_Target_That_Is_Not_A_Number_Naming_The_Line()
        {
            // Given
            using var folder = new TempFolder();
            var data = folder.Write("d.csv", "x,y\n1,2.5\n2,3\n3,high\n");

            // When
            var run = Init(folder, "--data", data, "--target", "y", "--task", "regression");

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains("d.csv:4:2: --task regression needs a number in every row of 'y', found 'high'", run.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(folder.PathOf("mlops.yaml")));
        }

        [Fact]
        public void Should_Warn_When_The_Positive_Class_Is_Too_Rare_For_The_Test_Split_And_The_Default_Threshold()
        {
            // Given: 200 rows, 8 of them positive (4 %): two in the test split (8 × 0.2 rounds to 2).
            using var folder = new TempFolder();
            var csv = new System.Text.StringBuilder("x,y\n");
            for (var i = 0; i < 200; i++)
            {
                csv.Append($"{i % 17},{(i % 25 == 0 ? "fraud" : "ok")}\n");
            }
            var data = folder.Write("d.csv", csv.ToString());

            // When
            var run = Init(folder, "--data", data, "--target", "y");

            // Then
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            Assert.Contains("warning: only about 2 'fraud' rows go to the test split", run.Output, StringComparison.Ordinal);
            Assert.Contains("warning: 'fraud' is 4.0 % of the rows: without training.cost_matrix", run.Output, StringComparison.Ordinal);
            Assert.Contains("# Warning: only about 2 'fraud' rows", File.ReadAllText(folder.PathOf("mlops.yaml")), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Take_The_Positive_Class_And_Task_It_Is_Given()
        {
            // Given
            using var folder = new TempFolder();

            // When
            var run = Init(folder, "--data", DataSet("breast-cancer.arff"), "--target", "Class", "--positive", "no-recurrence-events", "--task", "binary");

            // Then
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            Assert.Contains("positive_class: no-recurrence-events", File.ReadAllText(folder.PathOf("mlops.yaml")), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Refuse_To_Replace_An_Existing_Config_Without_Force()
        {
            // Given
            using var folder = new TempFolder();
            folder.Write("mlops.yaml", "# mine\n");

            // When
            var refused = Init(folder, "--data", DataSet("iris.arff"), "--target", "class");
            var forced = Init(folder, "--data", DataSet("iris.arff"), "--target", "class", "--force");

            // Then
            Assert.Equal(ExitCodes.InputError, refused.ExitCode);
            Assert.Contains("mlops.yaml: already exists; pass --force to replace it", refused.Error, StringComparison.Ordinal);
            Assert.True(forced.ExitCode == ExitCodes.Ok, forced.ToString());
            Assert.Contains("task: multiclass", File.ReadAllText(folder.PathOf("mlops.yaml")), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Name_The_Header_When_The_Target_Is_Not_A_Column()
        {
            // Given
            using var folder = new TempFolder();
            var data = folder.Write("d.csv", "a,b,y\n1,2,x\n3,4,z\n");

            // When
            var run = Init(folder, "--data", data, "--target", "label");

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains("the target 'label' is not a column of the header (a, b, y); check --target", run.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(folder.PathOf("mlops.yaml")));
        }

        [Fact]
        public void Should_Refuse_Binary_For_Three_Classes()
        {
            // Given
            using var folder = new TempFolder();

            // When
            var run = Init(folder, "--data", DataSet("iris.arff"), "--target", "class", "--task", "binary");

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains("--task binary needs exactly 2 classes in 'class', found 3; use --task multiclass", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("--task regression", run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Offer_Regression_When_Binary_Is_Asked_Of_A_Target_Of_Amounts()
        {
            // Given: weka's relative CPU performance, a number per machine
            using var folder = new TempFolder();

            // When
            var run = Init(folder, "--data", DataSet("cpu.with.vendor.arff"), "--target", "class", "--task", "binary");

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains("--task binary needs exactly 2 classes in 'class', found ", run.Error, StringComparison.Ordinal);
            Assert.Contains("; use --task multiclass, or --task regression to predict its values as numbers", run.Error, StringComparison.Ordinal);
        }
    }

    public sealed class TheDataImportConfigOutOption
    {
        [Fact]
        public void Should_Write_The_Csv_And_A_Config_That_Loads()
        {
            // Given
            using var folder = new TempFolder();

            // When
            var run = Mlops.Run("data", "import", DataSet("vote.arff"), "--out", folder.PathOf("data/vote.csv"),
                "--config-out", folder.PathOf("mlops.yaml"), "--target", "Class");
            var validate = Mlops.Run("data", "validate", "-c", folder.PathOf("mlops.yaml"), "--out", folder.PathOf("out"));

            // Then
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            Assert.Contains("path: data/vote.csv", File.ReadAllText(folder.PathOf("mlops.yaml")), StringComparison.Ordinal);
            Assert.True(validate.ExitCode == ExitCodes.Ok, validate.ToString());
        }

        [Fact]
        public void Should_Need_A_Target()
        {
            // Given
            using var folder = new TempFolder();

            // When
            var run = Mlops.Run("data", "import", DataSet("vote.arff"), "--out", folder.PathOf("vote.csv"), "--config-out", folder.PathOf("mlops.yaml"));

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains("--config-out needs --target", run.Error, StringComparison.Ordinal);
        }
    }
}
