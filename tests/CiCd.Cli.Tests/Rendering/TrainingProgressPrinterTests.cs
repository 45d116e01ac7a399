using CiCd.Cli.Rendering;
using CiCd.Cli.Tests.Fixtures;
using CiCd.Train;

namespace CiCd.Cli.Tests.Rendering;

public sealed class TrainingProgressPrinterTests
{
    public sealed class TheReportMethod
    {
        private static string Print(TrainingProgress step) => PlainConsole.Capture(console => new TrainingProgressPrinter(console).Report(step));

        [Fact]
        public void Should_Print_A_Fold_Past_Its_Estimate_As_A_Fold_Line_With_The_Time_Left()
        {
            // Given: the heartbeat's line for a fast_forest fold running past its trainer's estimate
            var step = new TrainingProgress("running", "fast_forest(number_of_trees=300)", 2, 111, 130, "fold 3/5 running 95s, past its estimate of 41s")
            {
                RowsPerSecond = 2310,
                Remaining = TimeSpan.FromSeconds(580),
            };

            // When
            var line = Print(step);

            // Then
            Assert.Equal("[111/130] fast_forest fold 3/5 running 95s, past its estimate of 41s, 2,310 rows/s, ETA 9m 40s", line.TrimEnd());
        }
    }
}
