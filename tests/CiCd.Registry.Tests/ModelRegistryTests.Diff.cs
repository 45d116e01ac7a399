using CiCd.Errors;

namespace CiCd.Registry.Tests;

public static partial class ModelRegistryTests
{
    public sealed class TheDiffMethod : WithARegistry
    {
        [Fact]
        public void Should_Put_Two_Versions_Params_And_Metrics_Side_By_Side()
        {
            // Given
            Registry.Register(Request(auc: 0.8, trainer: "fasttree"));
            Registry.Register(Request(auc: 0.85, trainer: "lightgbm") with
            {
                Metrics = new Dictionary<string, double> { ["auc"] = 0.85, ["f1"] = 0.7 },
            });

            // When
            var diff = Registry.Diff("credit", "1", "2");

            // Then
            Assert.Equal((1, 2), (diff.Left.Version, diff.Right.Version));
            var trainer = Assert.Single(diff.Params);
            Assert.Equal(("trainer", true), (trainer.Name, trainer.Differs));
            Assert.Equal(["fasttree", "lightgbm"], trainer.Values);
            Assert.Equal(["auc", "f1"], diff.Metrics.Select(m => m.Name));
            Assert.Equal([0.8, 0.85], diff.Metrics[0].Values);
            Assert.Equal([null, 0.7], diff.Metrics[1].Values);
        }

        [Fact]
        public void Should_Mark_Identical_Values_As_Not_Different()
        {
            // Given
            Register(auc: 0.8);
            Register(auc: 0.8);

            // When
            var diff = Registry.Diff("credit", "v1", "v2");

            // Then
            Assert.DoesNotContain(diff.Metrics, m => m.Differs);
            Assert.DoesNotContain(diff.Params, p => p.Differs);
        }

        [Fact]
        public void Should_Refuse_An_Unknown_Version()
        {
            // Given
            Register();

            // When
            var error = Assert.Throws<InputException>(() => Registry.Diff("credit", "1", "2"));

            // Then
            Assert.Contains("has no version 2", error.Message);
        }
    }
}
