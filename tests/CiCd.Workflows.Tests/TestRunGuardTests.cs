using System.Diagnostics;
using System.Text.RegularExpressions;
using CiCd.Testing;

namespace CiCd.Workflows.Tests;

/// <summary>A hung test must fail the run quickly and say where it hung, never hold CI until its 90-minute limit.</summary>
public static class TestRunGuardTests
{
    public sealed class TheBuildScript
    {
        [Fact]
        public void Should_Run_Every_Test_Project_With_A_Hang_Guard()
        {
            // Given
            var calls = Directory.GetFiles(RepositoryRoot.PathOf("build"), "*.cake")
                .SelectMany(file => Regex.Matches(File.ReadAllText(file), @"DotNetTest\((?:[^;]|;(?!\s*\n\s*\}\)?\);))*", RegexOptions.Singleline))
                .Select(match => match.Value)
                .ToList();

            // Then: each `dotnet test` call passes the guard, with a dump of the hung test host
            Assert.NotEmpty(calls);
            Assert.All(calls, call => Assert.Contains("--blame-hang-timeout", call, StringComparison.Ordinal));
            Assert.All(calls, call => Assert.Contains("--blame-hang-dump-type", call, StringComparison.Ordinal));
        }
    }

    public sealed class TheRunLimit
    {
        [Fact]
        public async Task Should_Stop_A_Run_Past_Its_Limit_And_Name_The_Test_Project_Running_Then()
        {
            // Given: a run that would outlast its limit, in the middle of one test project
            var running = Path.GetTempFileName();
            await File.WriteAllTextAsync(running, "CiCd.Example.Tests");
            var start = new ProcessStartInfo("bash", [RepositoryRoot.PathOf(".ci/run-with-limit"), "2s", running, "sleep", "60"])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };

            // When
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(45));
            File.Delete(running);

            // Then: timeout's status, the project named, and nowhere near the command's own minute
            Assert.Equal(124, process.ExitCode);
            Assert.Contains("test project running then: CiCd.Example.Tests", error, StringComparison.Ordinal);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(40), $"took {clock.Elapsed}");
        }

        [Fact]
        public async Task Should_Pass_The_Commands_Own_Status_Through_When_Within_The_Limit()
        {
            // Given
            var start = new ProcessStartInfo("bash", [RepositoryRoot.PathOf(".ci/run-with-limit"), "30s", "/nonexistent", "bash", "-c", "exit 3"])
            {
                RedirectStandardError = true,
            };

            // When
            using var process = Process.Start(start)!;
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();

            // Then
            Assert.Equal(3, process.ExitCode);
            Assert.Empty(error);
        }
    }
}
