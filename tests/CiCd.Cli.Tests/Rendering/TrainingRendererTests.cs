using CiCd.Cli.Rendering;
using CiCd.Cli.Tests.Fixtures;
using CiCd.Train;

namespace CiCd.Cli.Tests.Rendering;

public sealed class TrainingRendererTests
{
    public sealed class TheRenderMethod
    {
        private static string Render(double threshold)
        {
            var card = new ModelCardBuilder().Build() with { Threshold = threshold };
            var result = new TrainingResult("run", false, "key", "/out", "/out/model.zip", "/out/model-card.json", card.Selected, threshold,
                card.CvMetrics, card.Metrics, 1.5);
            return PlainConsole.Capture(console => TrainingRenderer.Render(console, result, card));
        }

        [Fact]
        public void Should_Warn_When_The_Threshold_Never_Predicts_The_Positive_Class()
        {
            // When: the chooser's "refuse nobody" candidate, just above 1.
            var text = Render(1.0 + 1e-9);

            // Then
            Assert.Contains("warning: this threshold never predicts bad", text, StringComparison.Ordinal);
            Assert.Contains("set training.cost_matrix", text, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Not_Warn_About_A_Threshold_That_Predicts_Both_Classes()
        {
            // When
            var text = Render(0.42);

            // Then
            Assert.Contains("decision threshold on P(bad): 0.4200", text, StringComparison.Ordinal);
            Assert.DoesNotContain("warning", text, StringComparison.Ordinal);
        }
    }
}
