using System.Diagnostics;
using CiCd.Image.Tests.Fixtures;
using CiCd.Testing;

namespace CiCd.Image.Tests.ImageBuild;

/// <summary>
/// build/base-image.sh with stand-ins for debootstrap, chroot and docker on the PATH (each engine test project starts its
/// own engine, and on a fresh machine both ask for the base image at the same moment; every later run, fresh clones
/// included, takes the root file system from the machine's cache).
/// </summary>
public static class BaseImageScriptTests
{
    public sealed class TheScript : IDisposable
    {
        private readonly TempFolder _folder = new();

        public void Dispose() => _folder.Dispose();

        private string Runs => _folder.PathOf("debootstrap-runs.txt");

        private string DockerCalls => _folder.PathOf("docker-calls.txt");

        private string Cache => _folder.PathOf("cache");

        [Fact]
        public async Task Should_Debootstrap_Once_When_Two_Engines_Ask_At_The_Same_Time()
        {
            // Given: a debootstrap that takes a few seconds and counts its runs; no base image in either engine yet
            var tools = StandIns(debootstrapSeconds: 3);

            // When
            var both = await Task.WhenAll(RunAsync(tools), RunAsync(tools));

            // Then: one root filesystem was made; the second engine imported the first one's tarball
            Assert.All(both, run => Assert.True(run.ExitCode == 0, run.Output));
            Assert.Single(File.ReadAllLines(Runs));
            Assert.Equal(both[0].Reference, both[1].Reference);
            Assert.StartsWith("cicd-base:bookworm-", both[0].Reference, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_Import_From_The_Machine_Cache_Without_Debootstrap_In_A_Fresh_Clone()
        {
            // Given: one clone made the root file system; another clone of the same commit, with a fresh engine (nothing to
            // inspect); no BASE_IMAGE_CACHE, the user's cache folder is a temp folder
            var tools = StandIns();
            var home = _folder.PathOf("xdg");
            var first = await RunAsync(tools, Checkout("one"), cache: null, xdgCacheHome: home);
            File.Delete(DockerCalls);

            // When
            var second = await RunAsync(tools, Checkout("two"), cache: null, xdgCacheHome: home);

            // Then: no second debootstrap; the tarball in the machine's cache folder went to docker import, same reference
            Assert.True(second.ExitCode == 0, second.Output);
            Assert.Single(File.ReadAllLines(Runs));
            Assert.Equal(first.Reference, second.Reference);
            var tarball = Assert.Single(Directory.GetFiles(Path.Combine(home, "cicd", "base-image"), "*.tar"));
            Assert.Contains(File.ReadAllLines(DockerCalls), call => call.StartsWith("import ", StringComparison.Ordinal) && call.Contains(tarball, StringComparison.Ordinal));
        }

        [Fact]
        public async Task Should_Debootstrap_Again_When_The_Cached_Tarball_Does_Not_Match_Its_Checksum()
        {
            // Given: a cached tarball cut short after it was written
            var tools = StandIns();
            await RunAsync(tools);
            var tarball = Assert.Single(Directory.GetFiles(Cache, "*.tar"));
            File.WriteAllBytes(tarball, File.ReadAllBytes(tarball)[..100]);

            // When
            var second = await RunAsync(tools);

            // Then: the root was made again, and the new tarball matches its sidecar
            Assert.True(second.ExitCode == 0, second.Output);
            Assert.Equal(2, File.ReadAllLines(Runs).Length);
            Assert.Contains("does not match its sha256 sidecar", second.Output, StringComparison.Ordinal);
            Assert.Equal(Command.Run("sha256sum", [tarball]).Split(' ')[0], File.ReadAllText(tarball + ".sha256").Trim());
        }

        [Fact]
        public async Task Should_Miss_The_Cache_When_The_Script_Changed()
        {
            // Given: the cache holds the root of the script as it is; a copy of the script with one more line
            var tools = StandIns();
            var before = await RunAsync(tools);
            var changed = Checkout("changed", "# another recipe\n");

            // When
            var after = await RunAsync(tools, changed);

            // Then: a second debootstrap, under a new tag, next to the first tarball
            Assert.True(after.ExitCode == 0, after.Output);
            Assert.Equal(2, File.ReadAllLines(Runs).Length);
            Assert.NotEqual(before.Reference, after.Reference);
            Assert.Equal(2, Directory.GetFiles(Cache, "*.tar").Length);
        }

        [Fact]
        public async Task Should_Keep_The_Root_In_The_Checkout_When_The_Machine_Cache_Is_Off()
        {
            // Given: a checkout's copy of the script; the user's cache folder is a temp folder
            var tools = StandIns();
            var script = Checkout("checkout");
            var home = _folder.PathOf("xdg");

            // When
            var run = await RunAsync(tools, script, cache: "off", xdgCacheHome: home);

            // Then: the tarball is in the checkout's build/.cache and the machine's cache folder was not made
            Assert.True(run.ExitCode == 0, run.Output);
            Assert.Single(Directory.GetFiles(_folder.PathOf("checkout/build/.cache"), "*.tar"));
            Assert.False(Directory.Exists(home));
        }

        // A copy of the script as another clone holds it (its build/.cache is its own), with extra lines if given.
        private string Checkout(string name, string extra = "")
        {
            var script = _folder.Write($"{name}/build/base-image.sh", File.ReadAllText(RepositoryRoot.PathOf("build/base-image.sh")) + extra);
            Command.Run("chmod", ["+x", script]);
            return script;
        }

        private string StandIns(int debootstrapSeconds = 0)
        {
            var bin = Directory.CreateDirectory(_folder.PathOf("bin")).FullName;
            // debootstrap --variant=minbase --include=… SUITE ROOT MIRROR: the stand-in makes a tiny root and may keep the
            // mirror busy long enough for another script to arrive.
            Tool(bin, "debootstrap", $"echo run >> '{Runs}'\nmkdir -p \"$4/etc\"\necho bookworm > \"$4/etc/debian_version\"\nsleep {debootstrapSeconds}");
            Tool(bin, "chroot", "exit 0");
            // No image in the engine yet; import and tag succeed and are recorded.
            Tool(bin, "docker", $"echo \"$*\" >> '{DockerCalls}'\n[ \"$1 $2\" = 'image inspect' ] && exit 1\nexit 0");
            return bin;
        }

        private static void Tool(string bin, string name, string body)
        {
            var path = Path.Combine(bin, name);
            File.WriteAllText(path, $"#!/usr/bin/env bash\n{body}\n");
            Command.Run("chmod", ["+x", path]);
        }

        // cache: "" is this test's own cache folder, null leaves BASE_IMAGE_CACHE unset (the machine's cache folder).
        private async Task<(int ExitCode, string Reference, string Output)> RunAsync(string tools, string? script = null, string? cache = "", string? xdgCacheHome = null)
        {
            var start = new ProcessStartInfo(script ?? RepositoryRoot.PathOf("build/base-image.sh")) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.Environment["PATH"] = $"{tools}:{Environment.GetEnvironmentVariable("PATH")}";
            start.Environment.Remove("BASE_IMAGE_CACHE");
            if (cache is not null)
            {
                start.Environment["BASE_IMAGE_CACHE"] = cache.Length == 0 ? Cache : cache;
            }
            if (xdgCacheHome is not null)
            {
                start.Environment["XDG_CACHE_HOME"] = xdgCacheHome;
            }
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var lines = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            return (process.ExitCode, lines.LastOrDefault() ?? "", await stdout + await stderr);
        }
    }
}
