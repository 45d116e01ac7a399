using CiCd.Configuration;
using CiCd.Gate;
using CiCd.Metrics;
using CiCd.Testing;
using CiCd.Train;
using CiCd.Validate;

namespace CiCd.DataTests;

/// <summary>The regression examples run through validate → train → gate on the shipped data and pass.</summary>
public sealed class RegressionExampleTests
{
    private static (ValidationReport Validation, ModelCard Card, GateReport Gate) RunStages(string example)
    {
        var config = ConfigLoader.Load(RepositoryRoot.PathOf($"examples/{example}/mlops.yaml"));
        var validation = DataValidator.Validate(config);
        using var folder = new TempFolder();
        var result = new TrainingEngine(config, new TrainingOptions(folder.PathOf("train"), folder.PathOf("cache"))).Run();
        var card = ModelCardFile.Read(result.CardPath);
        return (validation, card, GateEvaluator.Evaluate(config.Gates, GateMetrics.From(result.CardPath, card), null));
    }

    public sealed class TheDiabetesExample
    {
        [Fact]
        public void Should_Validate_Train_And_Pass_Its_Gates()
        {
            // Given
            const string example = "diabetes";

            // When
            var (validation, card, gate) = RunStages(example);

            // Then
            Assert.True(validation.Passed);
            Assert.Equal(TaskKind.Regression, card.Task);
            Assert.True(gate.Passed, string.Join("; ", gate.Checks.Select(c => $"{c.Metric} {c.Rule}: {c.Reason}")));
            Assert.Contains(gate.Checks, c => c.Metric == MetricNames.Rmse);
        }
    }

    public sealed class TheCpuExample
    {
        [Fact]
        public void Should_Learn_The_Skewed_Target_In_Its_Own_Scale_And_Pass_Its_Gates()
        {
            // Given
            const string example = "cpu";

            // When
            var (validation, card, gate) = RunStages(example);

            // Then
            Assert.True(validation.Passed);
            // RMSE in the target's own scale selects, and a log1p target underpredicts the few fast machines that dominate it.
            Assert.Equal(TargetTransform.None, card.TargetTransform);
            Assert.True(gate.Passed, string.Join("; ", gate.Checks.Select(c => $"{c.Metric} {c.Rule}: {c.Reason}")));
        }
    }
}
