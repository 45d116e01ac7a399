using CiCd.Configuration;
using CiCd.Errors;

namespace CiCd.Core.Tests.Configuration;

public sealed partial class ConfigLoaderTests
{
    public sealed partial class TheParseMethod
    {
        public sealed class TheMonitorPerformanceSection
        {
            private static MlopsConfig Parse(string text) => ConfigLoader.Parse("/tmp/mlops.yaml", text);

            private static string Classifier(string performance) =>
                TinyConfig.Text().Replace("monitor:\n", $"monitor:\n  performance:\n{performance}", StringComparison.Ordinal);

            [Fact]
            public void Should_Accept_Brier_And_Ece_Maximums_For_A_Classifier()
            {
                // When
                var monitor = Parse(Classifier("    brier: { max: 0.2 }\n    ece: { max: 0.05 }\n")).Monitor;

                // Then
                Assert.Equal([new ThresholdRule("brier", null, 0.2), new ThresholdRule("ece", null, 0.05)], monitor.Performance);
            }

            [Fact]
            public void Should_Refuse_Brier_As_A_Training_Gate_Training_Does_Not_Measure()
            {
                // When
                var error = Assert.Throws<InputException>(() => Parse(TinyConfig.Text().Replace("gates:\n  thresholds:\n", "gates:\n  thresholds:\n    brier: { max: 0.2 }\n", StringComparison.Ordinal)));

                // Then
                Assert.Contains("'brier' is not a binary metric", error.Message, StringComparison.Ordinal);
            }

            [Fact]
            public void Should_Accept_An_Rmse_Maximum_For_A_Regression_And_Refuse_Calibration()
            {
                // Given
                var rmse = TinyConfig.Diabetes("monitor:\n  performance:\n    rmse: { max: 60 }\n");
                var brier = TinyConfig.Diabetes("monitor:\n  performance:\n    brier: { max: 0.2 }\n");

                // When
                var monitor = Parse(rmse).Monitor;
                var error = Assert.Throws<InputException>(() => Parse(brier));

                // Then
                Assert.Equal([new ThresholdRule("rmse", null, 60)], monitor.Performance);
                Assert.Contains("'brier' is not a regression metric (rmse, mae, r2, mape, abs_error_p50, abs_error_p90, abs_error_p95)", error.Message, StringComparison.Ordinal);
            }
        }
    }
}
