using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Testing;

namespace CiCd.Core.Tests.Configuration;

public sealed partial class ConfigLoaderTests
{
    public sealed partial class TheParseMethod
    {
        public sealed class TheGatesSection
        {
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
            public void Should_Reject_A_Threshold_Minimum_Above_Its_Maximum()
            {
                // Given
                var builder = new ConfigBuilder().Gates("thresholds:", "  roc_auc: { min: 0.9, max: 0.8 }");

                // When
                var error = Record.Exception(() => builder.Parse());

                // Then
                Assert.IsType<InputException>(error);
            }
        }
    }
}
