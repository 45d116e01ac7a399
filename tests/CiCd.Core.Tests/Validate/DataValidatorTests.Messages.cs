using CiCd.Configuration;
using CiCd.Data;
using CiCd.Testing;
using CiCd.Validate;

namespace CiCd.Core.Tests.Validate;

/// <summary>Failed rules name the config key that sets the limit, so a user knows what to change.</summary>
public sealed class DataValidatorMessageTests
{
    private static RuleResult Result(CsvBuilder csv, ConfigBuilder config, string rule, string? column = null)
    {
        var parsed = config.Parse();
        var report = DataValidator.Validate(CsvReader.Parse("data.csv", csv.Build()), parsed.Dataset, parsed.Validation);
        return Assert.Single(report.Results, r => r.Rule == rule && r.Column == column);
    }

    public sealed class TheValidateMethod
    {
        [Fact]
        public void Should_Name_Validation_Rows_Min_When_Too_Few_Rows()
        {
            // When
            var result = Result(CsvBuilder.Tiny(40), new ConfigBuilder().Validation("rows", "{ min: 50 }"), "row_count");

            // Then
            Assert.Contains("40 rows, outside [50, +inf]; the bound is 'validation.rows.min' in the config", result.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Name_The_Column_Missing_Key_And_The_Default_When_Too_Many_Are_Missing()
        {
            // Given
            var csv = CsvBuilder.Tiny(40).WithValue(0, "colour", null);

            // When
            var result = Result(csv, new ConfigBuilder().Validation("max_missing_share", "0"), "missing", "colour");

            // Then
            Assert.Contains("the limit is the column's 'missing' (dataset.columns.colour.missing), else 'validation.max_missing_share'",
                result.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Name_Validation_Class_Share_Min()
        {
            // When
            var result = Result(CsvBuilder.Tiny(40), new ConfigBuilder().Validation("class_share", "{ min: 0.9 }"), "class_share", "label");

            // Then
            Assert.Contains("('validation.class_share.min')", result.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Say_An_Unseen_Ordinal_Level_Is_Scored_By_Its_Place_In_The_Order()
        {
            // Given
            var config = new ConfigBuilder().Column("colour", "{ kind: ordinal, order: [red, green, blue, purple] }");

            // When
            var result = Result(CsvBuilder.Tiny(40), config, "unseen_categories", "colour");

            // Then
            Assert.Contains("the model scores them by their place in the order", result.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("unknown", result.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Warn_About_Columns_The_Config_Does_Not_Name()
        {
            // Given: the config leaves colour out
            var config = new ConfigBuilder().Column("colour", null);

            // When
            var result = Result(CsvBuilder.Tiny(40), config, "undeclared_columns");

            // Then
            Assert.False(result.Passed);
            Assert.Equal(Severity.Warning, result.Severity);
            Assert.Contains("1 column in the file is not in 'dataset.columns' and not used: colour", result.Message, StringComparison.Ordinal);
        }
    }
}
