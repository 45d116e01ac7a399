using System.Diagnostics;
using CiCd.Image.Tests.Fixtures;
using CiCd.Testing;

namespace CiCd.Image.Tests.Build;

/// <summary>
/// build/base-image.sh with stand-ins for debootstrap, chroot and docker on the PATH (each engine test project starts its
/// own engine, and on a fresh machine both ask for the base image at the same moment).
/// </summary>
public static class BaseImageScriptTests
{
    public sealed class TheScript : IDisposable
    {
        private readonly TempFolder _folder = new();

        public void Dispose() => _folder.Dispose();

        [Fact]
        public async Task Should_Debootstrap_Once_When_Two_Engines_Ask_At_The_Same_Time()
        {
            // Given: a debootstrap that takes a few seconds and counts its runs; no base image in either engine yet
            var runs = _folder.PathOf("debootstrap-runs.txt");
            var tools = StandIns(runs);

            // When
            var both = await Task.WhenAll(RunAsync(tools), RunAsync(tools));

            // Then: one root filesystem was made; the second engine imported the first one's tarball
            Assert.All(both, run => Assert.True(run.ExitCode == 0, run.Output));
            Assert.Single(File.ReadAllLines(runs));
            Assert.Equal(both[0].Reference, both[1].Reference);
            Assert.StartsWith("cicd-base:bookworm-", both[0].Reference, StringComparison.Ordinal);
        }

        private string StandIns(string runs)
        {
            var bin = Directory.CreateDirectory(_folder.PathOf("bin")).FullName;
            // debootstrap --variant=minbase --include=… SUITE ROOT MIRROR: the stand-in makes a tiny root and keeps the
            // mirror busy long enough for the other script to arrive.
            Tool(bin, "debootstrap", $"echo run >> '{runs}'\nmkdir -p \"$4/etc\"\necho bookworm > \"$4/etc/debian_version\"\nsleep 3");
            Tool(bin, "chroot", "exit 0");
            // No image in the engine yet; import and tag succeed.
            Tool(bin, "docker", "[ \"$1 $2\" = 'image inspect' ] && exit 1\nexit 0");
            return bin;
        }

        private static void Tool(string bin, string name, string body)
        {
            var path = Path.Combine(bin, name);
            File.WriteAllText(path, $"#!/usr/bin/env bash\n{body}\n");
            Command.Run("chmod", ["+x", path]);
        }

        private async Task<(int ExitCode, string Reference, string Output)> RunAsync(string tools)
        {
            var start = new ProcessStartInfo(RepositoryRoot.PathOf("build/base-image.sh")) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.Environment["PATH"] = $"{tools}:{Environment.GetEnvironmentVariable("PATH")}";
            start.Environment["BASE_IMAGE_CACHE"] = _folder.PathOf("cache");
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var lines = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            return (process.ExitCode, lines.LastOrDefault() ?? "", await stdout + await stderr);
        }
    }
}
