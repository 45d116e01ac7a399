using CiCd.Configuration;
using CiCd.Testing;

namespace CiCd.Core.Tests.Configuration;

public sealed partial class ConfigLoaderTests
{
    public sealed partial class TheParseMethod
    {
        public sealed class TheCandidatesOfTheTrainingSection
        {
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
            public void Should_Reject_A_Bagging_Fraction_Above_One_At_The_Value()
            {
                // Given
                var builder = new ConfigBuilder().Regression().Candidates("- trainer: light_gbm", "  space:", "    subsample_fraction: [0.5, 1.5]");
                var yaml = builder.Build();

                // When
                var error = ParseError(builder);

                // Then
                AssertAt(error, yaml, "1.5");
                Assert.Contains("must lie in [0.05, 1], found 1.5", error.Problem, StringComparison.Ordinal);
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
        }
    }
}
