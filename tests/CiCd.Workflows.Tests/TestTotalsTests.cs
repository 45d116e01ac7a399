using System.Diagnostics;
using CiCd.Testing;

namespace CiCd.Workflows.Tests;

/// <summary>
/// .ci/test-totals ends every CI run, failed or not: CI keeps only the end of a run's output, so the failed tests must be
/// named there, not only where `dotnet test` printed them minutes of log earlier.
/// </summary>
public static class TestTotalsTests
{
    public sealed class TheTotals
    {
        [Fact]
        public async Task Should_Name_Each_Failed_Test_With_Its_Project_And_Fail()
        {
            // Given: one project with a failed test, one without
            using var folder = new TempFolder();
            folder.Write("CiCd.Tracking.Tests.trx",
                Trx(("Store.ExperimentStoreTests.Should_Keep_Runs", "Failed"), ("Store.ExperimentStoreTests.Should_List_Runs", "Passed")));
            folder.Write("CiCd.Core.Tests.trx", Trx(("Kernel.Should_Split", "Passed")));

            // When
            var (status, output) = await Totals(folder.Root);

            // Then
            Assert.Equal(1, status);
            Assert.Equal(
                ["tests: 2 passed, 1 failed, 0 skipped", "failed: CiCd.Tracking.Tests: Store.ExperimentStoreTests.Should_Keep_Runs"],
                output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }

        [Fact]
        public async Task Should_Print_One_Line_And_Pass_When_Every_Test_Passed()
        {
            // Given
            using var folder = new TempFolder();
            folder.Write("CiCd.Core.Tests.trx", Trx(("Kernel.Should_Split", "Passed"), ("Kernel.Should_Fold", "Passed")));

            // When
            var (status, output) = await Totals(folder.Root);

            // Then
            Assert.Equal(0, status);
            Assert.Equal("tests: 2 passed, 0 failed, 0 skipped\n", output);
        }
    }

    private static async Task<(int Status, string Output)> Totals(string folder)
    {
        var start = new ProcessStartInfo("bash", [RepositoryRoot.PathOf(".ci/test-totals"), folder]) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }

    // The shape `dotnet test --logger trx` writes: a passed result on one line, a failed one with its message inside, the
    // counters after the results.
    private static string Trx(params (string Name, string Outcome)[] results)
    {
        var lines = results.Select(result => result.Outcome == "Failed"
            ? $"""    <UnitTestResult executionId="1" testName="{result.Name}" duration="00:00:00.1" outcome="Failed"><Output><ErrorInfo><Message>Assert.Equal() Failure</Message></ErrorInfo></Output></UnitTestResult>"""
            : $"""    <UnitTestResult executionId="1" testName="{result.Name}" duration="00:00:00.1" outcome="{result.Outcome}" />""");
        var failed = results.Count(result => result.Outcome == "Failed");
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
              <Results>
            {string.Join('\n', lines)}
              </Results>
              <ResultSummary outcome="{(failed > 0 ? "Failed" : "Completed")}">
                <Counters total="{results.Length}" executed="{results.Length}" passed="{results.Length - failed}" failed="{failed}" error="0" />
              </ResultSummary>
            </TestRun>
            """;
    }
}
