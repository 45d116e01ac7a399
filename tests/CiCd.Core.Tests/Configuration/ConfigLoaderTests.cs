using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Tests.Support;

namespace CiCd.Core.Tests.Configuration;

public sealed class ConfigLoaderTests
{
    private static InputException ParseError(ConfigBuilder builder) =>
        Assert.Throws<InputException>(() => builder.Parse());

    private static void AssertAt(InputException error, string yaml, string fragment, int? column = null)
    {
        Assert.EndsWith("mlops.yaml", error.File, StringComparison.Ordinal);
        Assert.Equal(ConfigBuilder.LineOf(yaml, fragment), error.Line);
        Assert.Equal(column ?? ConfigBuilder.ColumnOf(yaml, fragment), error.Column);
    }

    public sealed class TheParseMethod
    {
        [Fact]
        public void Should_Read_The_Dataset_Section()
        {
            // Given
            var builder = new ConfigBuilder();

            // When
            var config = builder.Parse();

            // Then
            Assert.Equal("tiny", config.Dataset.Name);
            Assert.Equal("label", config.Dataset.Target);
            Assert.Equal(TaskKind.Binary, config.Dataset.Task);
            Assert.Equal("bad", config.Dataset.PositiveClass);
        }

        [Fact]
        public void Should_List_The_Negative_Class_First_And_The_Positive_Class_Last()
        {
            // Given
            var builder = new ConfigBuilder().Dataset("classes", "[bad, good]");

            // When
            var config = builder.Parse();

            // Then
            Assert.Equal(["good", "bad"], config.Dataset.Classes);
        }

        [Fact]
        public void Should_Keep_Feature_Columns_In_File_Order_Without_The_Target()
        {
            // Given
            var builder = new ConfigBuilder();

            // When
            var config = builder.Parse();

            // Then
            Assert.Equal(["x", "colour"], config.Dataset.Columns.Select(c => c.Name));
        }

        [Fact]
        public void Should_Resolve_The_Data_Path_Against_The_Config_Folder()
        {
            // Given
            var folder = Path.Combine(Path.GetTempPath(), "project");

            // When
            var config = new ConfigBuilder().Dataset("path", "raw/data.csv").Parse(folder);

            // Then
            Assert.Equal(Path.Combine(folder, "raw", "data.csv"), config.Dataset.Path);
        }

        [Fact]
        public void Should_Read_The_Range_And_Allowed_Categories_Of_Columns()
        {
            // Given
            var builder = new ConfigBuilder();

            // When
            var columns = builder.Parse().Dataset.Columns;

            // Then
            Assert.Equal(new NumericRange(0, 100), columns[0].Range);
            Assert.Equal(["red", "green", "blue"], columns[1].Allowed);
        }

        [Fact]
        public void Should_Read_An_Ordinal_Column_With_Its_Order()
        {
            // Given
            var builder = new ConfigBuilder().Column("size", "{ kind: ordinal, order: [small, medium, large] }");

            // When
            var size = builder.Parse().Dataset.Columns.Single(c => c.Name == "size");

            // Then
            Assert.Equal(ColumnKind.Ordinal, size.Kind);
            Assert.Equal(["small", "medium", "large"], size.KnownCategories);
        }

        [Fact]
        public void Should_Use_The_Validation_Missing_Share_As_The_Column_Default()
        {
            // Given
            var builder = new ConfigBuilder().Validation("max_missing_share", "0.25");

            // When
            var columns = builder.Parse().Dataset.Columns;

            // Then
            Assert.All(columns, c => Assert.Equal(0.25, c.MaxMissingShare));
        }

        [Fact]
        public void Should_Let_A_Column_Override_The_Missing_Share()
        {
            // Given
            var builder = new ConfigBuilder().Validation("max_missing_share", "0").Column("x", "{ kind: numeric, missing: allow }");

            // When
            var x = builder.Parse().Dataset.Columns.Single(c => c.Name == "x");

            // Then
            Assert.Equal(1, x.MaxMissingShare);
        }

        [Fact]
        public void Should_Read_The_Training_Section()
        {
            // Given
            var builder = new ConfigBuilder().Training("cost_matrix", "[{ actual: bad, predicted: good, cost: 5 }]");

            // When
            var training = builder.Parse().Training;

            // Then
            Assert.Equal(1, training.Seed);
            Assert.Equal(2, training.Folds);
            Assert.Equal(0.25, training.TestFraction);
            Assert.Equal(new CostEntry("bad", "good", 5), Assert.Single(training.CostMatrix));
            Assert.Equal([1.0], Assert.Single(training.Candidates).Space["l2_regularization"]);
        }

        [Fact]
        public void Should_Read_Thresholds_And_Champion_Rules()
        {
            // Given
            var builder = new ConfigBuilder().Gates(
                "thresholds:",
                "  roc_auc: { min: 0.75 }",
                "  expected_cost: { max: 0.65 }",
                "champion:",
                "  rules:",
                "    roc_auc: { min_absolute_change: -0.01, require_gain_beyond_cv_spread: true }",
                "    log_loss: { min_relative_change: 0.1, pass_when_champion_lacks_metric: true }");

            // When
            var gates = builder.Parse().Gates;

            // Then
            Assert.Equal([new ThresholdRule("roc_auc", 0.75, null), new ThresholdRule("expected_cost", null, 0.65)], gates.Thresholds);
            Assert.Equal(
                [new ChampionRule("roc_auc", -0.01, null, false, true), new ChampionRule("log_loss", null, 0.1, true, false)],
                gates.ChampionRules);
        }

        [Fact]
        public void Should_Default_To_No_Gates_When_The_Section_Is_Absent()
        {
            // Given
            var builder = new ConfigBuilder();

            // When
            var gates = builder.Parse().Gates;

            // Then
            Assert.Empty(gates.Thresholds);
            Assert.Empty(gates.ChampionRules);
            Assert.Null(gates.ChampionCard);
        }

        [Fact]
        public void Should_Read_A_Multiclass_Config()
        {
            // Given
            var builder = new ConfigBuilder().Multiclass().Column("label", "categorical");

            // When
            var dataset = builder.Parse().Dataset;

            // Then
            Assert.Equal(TaskKind.Multiclass, dataset.Task);
            Assert.Equal(["a", "b", "c"], dataset.Classes);
        }

        [Fact]
        public void Should_Reject_An_Unknown_Top_Level_Key_With_Its_Line_And_Column()
        {
            // Given
            var builder = new ConfigBuilder().TopLevel("colour: blue");
            var yaml = builder.Build();

            // When
            var error = ParseError(builder);

            // Then
            AssertAt(error, yaml, "colour: blue");
            Assert.Contains("unknown key 'colour'", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Misspelt_Key_In_A_Section()
        {
            // Given
            var builder = new ConfigBuilder().Dataset("taget", "label");
            var yaml = builder.Build();

            // When
            var error = ParseError(builder);

            // Then
            AssertAt(error, yaml, "taget");
            Assert.Contains("'dataset.taget'", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_An_Unknown_Key_Inside_A_Column()
        {
            // Given
            var builder = new ConfigBuilder().Column("x", "{ kind: numeric, rnage: [0, 1] }");
            var yaml = builder.Build();

            // When
            var error = ParseError(builder);

            // Then
            AssertAt(error, yaml, "rnage");
            Assert.Contains("dataset.columns.x.rnage", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Wrong_Type_At_The_Value()
        {
            // Given
            var builder = new ConfigBuilder().Training("folds", "many");
            var yaml = builder.Build();

            // When
            var error = ParseError(builder);

            // Then
            AssertAt(error, yaml, "many");
            Assert.Contains("'training.folds' must be a whole number, found 'many'", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Text_Where_A_Number_Is_Expected()
        {
            // Given
            var builder = new ConfigBuilder().Training("test_fraction", "a fifth");
            var yaml = builder.Build();

            // When
            var error = ParseError(builder);

            // Then
            AssertAt(error, yaml, "a fifth");
            Assert.Contains("must be a number", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_List_Where_A_Mapping_Is_Expected()
        {
            // Given
            var builder = new ConfigBuilder().Validation("rows", "[10, 20]");
            var yaml = builder.Build();

            // When
            var error = ParseError(builder);

            // Then
            AssertAt(error, yaml, "[10, 20]");
            Assert.Contains("'validation.rows' must be a mapping", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Missing_Required_Value_At_Its_Section()
        {
            // Given
            var builder = new ConfigBuilder().Dataset("target", null);
            var yaml = builder.Build();

            // When
            var error = ParseError(builder);

            // Then
            AssertAt(error, yaml, "name: tiny");
            Assert.Contains("'dataset.target' is required", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Config_Without_A_Dataset_Section()
        {
            // Given
            const string yaml = "validation:\n  rows: { min: 10 }\n";

            // When
            var error = Assert.Throws<InputException>(() => ConfigLoader.Parse("mlops.yaml", yaml));

            // Then
            Assert.Equal(1, error.Line);
            Assert.Equal(1, error.Column);
            Assert.Contains("'dataset' is required", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_An_Unknown_Trainer_At_Its_Candidate()
        {
            // Given
            var builder = new ConfigBuilder().Candidates("- trainer: random_forest");
            var yaml = builder.Build();

            // When
            var error = ParseError(builder);

            // Then
            AssertAt(error, yaml, "trainer: random_forest");
            Assert.Contains("unknown binary trainer 'random_forest'", error.Problem, StringComparison.Ordinal);
            Assert.Contains("logistic_regression", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Multiclass_Trainer_For_A_Binary_Task()
        {
            // Given
            var builder = new ConfigBuilder().Candidates("- trainer: maximum_entropy");
            var yaml = builder.Build();

            // When
            var error = ParseError(builder);

            // Then
            AssertAt(error, yaml, "trainer: maximum_entropy");
        }

        [Fact]
        public void Should_Reject_An_Unknown_Hyperparameter_At_Its_Values()
        {
            // Given
            var builder = new ConfigBuilder().Candidates("- trainer: logistic_regression", "  space:", "    learning_rate: [0.1]");
            var yaml = builder.Build();

            // When
            var error = ParseError(builder);

            // Then
            AssertAt(error, yaml, "[0.1]");
            Assert.Contains("has no hyperparameter 'learning_rate'", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_An_Out_Of_Range_Hyperparameter_At_The_Value()
        {
            // Given
            var builder = new ConfigBuilder().Candidates("- trainer: logistic_regression", "  space:", "    l2_regularization: [1, -5]");
            var yaml = builder.Build();

            // When
            var error = ParseError(builder);

            // Then
            AssertAt(error, yaml, "-5");
            Assert.Contains("must lie in [0, 1000], found -5", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Fraction_For_A_Whole_Number_Hyperparameter()
        {
            // Given
            var builder = new ConfigBuilder().Candidates("- trainer: light_gbm", "  space:", "    number_of_leaves: [4.5]");
            var yaml = builder.Build();

            // When
            var error = ParseError(builder);

            // Then
            AssertAt(error, yaml, "4.5");
            Assert.Contains("whole number", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Candidate_List_Without_Trainers()
        {
            // Given
            var builder = new ConfigBuilder().Candidates();

            // When
            var error = ParseError(builder);

            // Then
            Assert.Contains("lists no trainer", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_An_Unknown_Primary_Metric_At_Its_Line()
        {
            // Given
            var builder = new ConfigBuilder().Training("primary_metric", "auc");
            var yaml = builder.Build();

            // When
            var error = ParseError(builder);

            // Then
            AssertAt(error, yaml, "auc");
        }

        [Fact]
        public void Should_Reject_An_Unknown_Primary_Metric_Naming_The_Known_Ones()
        {
            // Given
            var builder = new ConfigBuilder().Training("primary_metric", "auc");

            // When
            var error = ParseError(builder);

            // Then
            Assert.NotNull(error.Line);
            Assert.Contains("'training.primary_metric' 'auc' is not a binary metric", error.Problem, StringComparison.Ordinal);
            Assert.Contains("roc_auc", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Multiclass_Metric_For_A_Binary_Task()
        {
            // Given
            var builder = new ConfigBuilder().Training("primary_metric", "macro_f1");

            // When
            var error = ParseError(builder);

            // Then
            Assert.Contains("'macro_f1' is not a binary metric", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_An_Unknown_Metric_In_Thresholds_At_Its_Line()
        {
            // Given
            var builder = new ConfigBuilder().Gates("thresholds:", "  auc: { min: 0.8 }");
            var yaml = builder.Build();

            // When
            var error = ParseError(builder);

            // Then
            AssertAt(error, yaml, "{ min: 0.8 }");
            Assert.Contains("'auc' is not a binary metric", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_An_Unknown_Metric_In_Champion_Rules_At_Its_Line()
        {
            // Given
            var builder = new ConfigBuilder().Gates("champion:", "  rules:", "    gini: { min_absolute_change: 0 }");
            var yaml = builder.Build();

            // When
            var error = ParseError(builder);

            // Then
            AssertAt(error, yaml, "{ min_absolute_change: 0 }");
        }

        [Fact]
        public void Should_Reject_A_Threshold_Without_Min_Or_Max()
        {
            // Given
            var builder = new ConfigBuilder().Gates("thresholds:", "  roc_auc: { }");

            // When
            var error = ParseError(builder);

            // Then
            Assert.Contains("needs 'min' or 'max'", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Champion_Rule_Without_A_Change()
        {
            // Given
            var builder = new ConfigBuilder().Gates("champion:", "  rules:", "    roc_auc: { pass_when_champion_lacks_metric: true }");

            // When
            var error = ParseError(builder);

            // Then
            Assert.Contains("needs 'min_absolute_change' or 'min_relative_change'", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Flag_That_Is_Not_True_Or_False()
        {
            // Given
            var builder = new ConfigBuilder().Gates("champion:", "  rules:", "    roc_auc: { min_absolute_change: 0, require_gain_beyond_cv_spread: maybe }");
            var yaml = builder.Build();

            // When
            var error = ParseError(builder);

            // Then
            AssertAt(error, yaml, "maybe");
        }

        [Fact]
        public void Should_Reject_Malformed_Yaml_With_Its_Line_And_Column()
        {
            // Given
            var builder = new ConfigBuilder().Dataset("name", "tiny: other");
            var yaml = builder.Build();

            // When
            var error = ParseError(builder);

            // Then
            AssertAt(error, yaml, ": other");
            Assert.StartsWith("not valid YAML", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Badly_Indented_Line_With_Its_Line()
        {
            // Given
            const string yaml = "dataset:\n  name: tiny\n path: data.csv\n";

            // When
            var error = Assert.Throws<InputException>(() => ConfigLoader.Parse("mlops.yaml", yaml));

            // Then
            Assert.Equal(3, error.Line);
            Assert.Equal(2, error.Column);
            Assert.StartsWith("not valid YAML", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_An_Unclosed_Flow_List_With_Its_Line()
        {
            // Given
            var builder = new ConfigBuilder().Column("x", "{ kind: numeric, range: [0, 100");
            var yaml = builder.Build();

            // When
            var error = Record.Exception(() => builder.Parse());

            // Then
            var input = Assert.IsType<InputException>(error);
            Assert.InRange(input.Line!.Value, ConfigBuilder.LineOf(yaml, "kind: numeric"), ConfigBuilder.LineOf(yaml, "colour:"));
        }

        [Fact]
        public void Should_Reject_An_Empty_Config()
        {
            // Given
            const string yaml = "";

            // When
            var error = Assert.Throws<InputException>(() => ConfigLoader.Parse("mlops.yaml", yaml));

            // Then
            Assert.Equal(1, error.Line);
            Assert.Contains("empty", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Config_That_Is_Not_A_Mapping()
        {
            // Given
            const string yaml = "- dataset\n- training\n";

            // When
            var error = Assert.Throws<InputException>(() => ConfigLoader.Parse("mlops.yaml", yaml));

            // Then
            Assert.Equal(1, error.Line);
            Assert.Contains("must be a mapping", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Binary_Task_Without_A_Positive_Class()
        {
            // Given
            var builder = new ConfigBuilder().Dataset("positive_class", null);
            var yaml = builder.Build();

            // When
            var error = ParseError(builder);

            // Then
            AssertAt(error, yaml, "name: tiny");
            Assert.Contains("'dataset.positive_class'", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Positive_Class_That_Is_Not_Declared()
        {
            // Given
            var builder = new ConfigBuilder().Dataset("positive_class", "ugly");

            // When
            var error = ParseError(builder);

            // Then
            Assert.Contains("naming one of them", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Class_Listed_Twice()
        {
            // Given
            var builder = new ConfigBuilder().Dataset("classes", "[good, good]").Dataset("positive_class", "good");

            // When
            var error = ParseError(builder);

            // Then
            Assert.Contains("lists a class twice", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Multiclass_Task_With_Two_Classes()
        {
            // Given
            var builder = new ConfigBuilder().Multiclass().Dataset("classes", "[a, b]");

            // When
            var error = ParseError(builder);

            // Then
            Assert.Contains("at least 3 classes", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Target_That_Is_Not_A_Declared_Column()
        {
            // Given
            var builder = new ConfigBuilder().Column("label", null);
            var yaml = builder.Build();

            // When
            var error = ParseError(builder);

            // Then
            AssertAt(error, yaml, "x: { kind");
            Assert.Contains("the target 'label' must be declared", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_An_Unknown_Column_Kind_At_Its_Value()
        {
            // Given
            var builder = new ConfigBuilder().Column("x", "number");
            var yaml = builder.Build();

            // When
            var error = ParseError(builder);

            // Then
            AssertAt(error, yaml, "number");
            Assert.Contains("unknown kind 'number'", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_An_Ordinal_Column_Without_Order()
        {
            // Given
            var builder = new ConfigBuilder().Column("size", "{ kind: ordinal }");

            // When
            var error = ParseError(builder);

            // Then
            Assert.Contains("ordinal column 'size' needs 'order'", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_The_Ordinal_Shorthand_Without_Order()
        {
            // Given
            var builder = new ConfigBuilder().Column("size", "ordinal");

            // When
            var error = Record.Exception(() => builder.Parse());

            // Then
            Assert.IsType<InputException>(error);
        }

        [Fact]
        public void Should_Reject_A_Reversed_Range()
        {
            // Given
            var builder = new ConfigBuilder().Column("x", "{ kind: numeric, range: [100, 0] }");

            // When
            var error = ParseError(builder);

            // Then
            Assert.Contains("min <= max", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Missing_Policy_That_Is_Not_A_Share()
        {
            // Given
            var builder = new ConfigBuilder().Column("x", "{ kind: numeric, missing: sometimes }");

            // When
            var error = ParseError(builder);

            // Then
            Assert.Contains("must be forbid, allow or a share in [0, 1], found 'sometimes'", error.Problem, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("test_fraction", "0.95", "'training.test_fraction' must lie in (0, 0.9)")]
        [InlineData("test_fraction", "0", "'training.test_fraction' must lie in (0, 0.9)")]
        [InlineData("folds", "1", "'training.folds' must lie in [2, 20]")]
        [InlineData("folds", "21", "'training.folds' must lie in [2, 20]")]
        public void Should_Reject_Training_Settings_Out_Of_Range(string key, string value, string expected)
        {
            // Given
            var builder = new ConfigBuilder().Training(key, value);

            // When
            var error = ParseError(builder);

            // Then
            Assert.Contains(expected, error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_Out_Of_Range_Folds_At_Their_Line()
        {
            // Given
            var builder = new ConfigBuilder().Training("folds", "1");
            var yaml = builder.Build();

            // When
            var error = ParseError(builder);

            // Then
            AssertAt(error, yaml, "folds: 1", ConfigBuilder.ColumnOf(yaml, "folds: 1") + "folds: ".Length);
        }

        [Fact]
        public void Should_Reject_A_Default_Missing_Share_Above_One()
        {
            // Given
            var builder = new ConfigBuilder().Validation("max_missing_share", "1.5");

            // When
            var error = Record.Exception(() => builder.Parse());

            // Then
            Assert.IsType<InputException>(error);
        }

        [Fact]
        public void Should_Reject_A_Row_Minimum_Above_The_Maximum()
        {
            // Given
            var builder = new ConfigBuilder().Validation("rows", "{ min: 100, max: 10 }");

            // When
            var error = Record.Exception(() => builder.Parse());

            // Then
            Assert.IsType<InputException>(error);
        }

        [Fact]
        public void Should_Reject_A_Threshold_Minimum_Above_Its_Maximum()
        {
            // Given
            var builder = new ConfigBuilder().Gates("thresholds:", "  roc_auc: { min: 0.9, max: 0.8 }");

            // When
            var error = Record.Exception(() => builder.Parse());

            // Then
            Assert.IsType<InputException>(error);
        }

        [Fact]
        public void Should_Reject_A_Cost_For_An_Undeclared_Class_At_Its_Entry()
        {
            // Given
            var builder = new ConfigBuilder().Training("cost_matrix", "[{ actual: ugly, predicted: good, cost: 5 }]");
            var yaml = builder.Build();

            // When
            var error = ParseError(builder);

            // Then
            AssertAt(error, yaml, "{ actual: ugly");
            Assert.Contains("class 'ugly'", error.Problem, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Reject_A_Negative_Cost()
        {
            // Given
            var builder = new ConfigBuilder().Training("cost_matrix", "[{ actual: bad, predicted: good, cost: -1 }]");

            // When
            var error = ParseError(builder);

            // Then
            Assert.Contains("must not be negative", error.Problem, StringComparison.Ordinal);
        }
    }

    public sealed class TheLoadMethod
    {
        [Fact]
        public void Should_Load_A_Config_File_From_Disk()
        {
            // Given
            using var folder = new TempFolder();
            var path = new ConfigBuilder().WriteTo(folder);

            // When
            var config = ConfigLoader.Load(path);

            // Then
            Assert.Equal(path, config.SourceFile);
            Assert.Equal(folder.PathOf("data.csv"), config.Dataset.Path);
        }

        [Fact]
        public void Should_Name_The_File_In_Errors()
        {
            // Given
            using var folder = new TempFolder();
            var path = new ConfigBuilder().TopLevel("extra: 1").WriteTo(folder);

            // When
            var error = Assert.Throws<InputException>(() => ConfigLoader.Load(path));

            // Then
            Assert.Equal(path, error.File);
            Assert.StartsWith($"{path}:", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Fail_When_The_File_Does_Not_Exist()
        {
            // Given
            using var folder = new TempFolder();
            var path = folder.PathOf("missing.yaml");

            // When
            var error = Assert.Throws<InputException>(() => ConfigLoader.Load(path));

            // Then
            Assert.Equal(path, error.File);
            Assert.Equal(ExitCodes.InputError, error.ExitCode);
            Assert.Contains("not found", error.Problem, StringComparison.Ordinal);
        }
    }
}
