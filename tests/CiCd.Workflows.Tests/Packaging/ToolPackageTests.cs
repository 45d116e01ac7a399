using System.Diagnostics;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CiCd.Testing;

namespace CiCd.Workflows.Tests.Packaging;

public static class ToolPackageTests
{
    public sealed class TheProblemsMethod : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("cicd-package-").FullName;

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private string Package(params string[] entries)
        {
            var path = Path.Combine(_folder, "CiCd.Mlops.1.0.0.nupkg");
            using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write(entry);
            }
            return path;
        }

        [Fact]
        public void Should_Accept_The_Shipped_Runtimes_Without_Symbols()
        {
            // Given
            var path = Package("tools/net10.0/any/mlops.dll", "tools/net10.0/any/runtimes/linux-x64/native/libSkiaSharp.so",
                "tools/net10.0/any/runtimes/osx/native/libSkiaSharp.dylib", "tools/net10.0/any/runtimes/win-x64/native/lib_lightgbm.dll");

            // When
            var problems = ToolPackage.Problems(path);

            // Then
            Assert.Empty(problems);
        }

        [Fact]
        public void Should_Name_Every_Pdb_And_Every_Other_Runtime()
        {
            // Given
            var path = Package("tools/net10.0/any/CiCd.Core.pdb", "tools/net10.0/any/runtimes/win-x86/native/libSkiaSharp.dll",
                "tools/net10.0/any/runtimes/linux-musl-x64/native/libSkiaSharp.so");

            // When
            var problems = ToolPackage.Problems(path);

            // Then
            Assert.Equal(
                ["debug symbols tools/net10.0/any/CiCd.Core.pdb", "runtime win-x86 (tools/net10.0/any/runtimes/win-x86/native/libSkiaSharp.dll)",
                    "runtime linux-musl-x64 (tools/net10.0/any/runtimes/linux-musl-x64/native/libSkiaSharp.so)"],
                problems);
        }

        [Fact]
        public void Should_Refuse_A_Package_Of_60_MB()
        {
            // Given: one stored (uncompressed) entry of 60 MB
            var path = Path.Combine(_folder, "CiCd.Mlops.1.0.0.nupkg");
            using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
            using (var entry = zip.CreateEntry("tools/net10.0/any/mlops.dll", CompressionLevel.NoCompression).Open())
            {
                entry.Write(new byte[ToolPackage.Limit]);
            }

            // When
            var problems = ToolPackage.Problems(path);

            // Then
            Assert.StartsWith("60.0 MB, the limit is 60 MB", Assert.Single(problems), StringComparison.Ordinal);
        }
    }

    public sealed class TheRules
    {
        [Fact]
        public void Should_Be_The_Ones_The_Project_Trims_To_And_The_Pack_Target_Checks()
        {
            // Given
            var project = File.ReadAllText(RepositoryRoot.PathOf("src/CiCd.Cli/CiCd.Cli.csproj"));
            var script = File.ReadAllText(RepositoryRoot.PathOf("build/package.cake"));

            // When
            var trimmed = Regex.Match(project, "<ToolRuntimes>([^<]+)</ToolRuntimes>").Groups[1].Value.Split('|');
            var checkedByPack = Regex.Match(script, @"ToolRuntimes = \{ ([^}]+) \}").Groups[1].Value.Split(',').Select(r => r.Trim().Trim('"'));

            // Then
            Assert.Equal(ToolPackage.Runtimes.Order(StringComparer.Ordinal), trimmed.Order(StringComparer.Ordinal));
            Assert.Equal(ToolPackage.Runtimes.Order(StringComparer.Ordinal), checkedByPack.Order(StringComparer.Ordinal));
            Assert.Equal(60_000_000, ToolPackage.Limit);
            Assert.Contains("ToolPackageLimit = 60_000_000;", script, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Packs src/CiCd.Cli as built for this test run (--no-build) and reads the package the way nuget.org and
    /// `dotnet tool install` do. Before the trim the package was 230 MB with 16 pdbs and 35 runtime folders.
    /// </summary>
    public sealed class TheRealPackage : IClassFixture<TheRealPackage.Packed>
    {
        private readonly Packed _packed;

        public TheRealPackage(Packed packed) => _packed = packed;

        [Fact]
        public void Should_Keep_The_Rules()
        {
            // Then
            Assert.Empty(ToolPackage.Problems(_packed.Path));
        }

        [Fact]
        public void Should_Ship_Native_Libraries_For_Each_Supported_Platform()
        {
            // When
            using var zip = ZipFile.OpenRead(_packed.Path);
            var runtimes = zip.Entries.Select(e => ToolPackage.RuntimeOf(e.FullName)).OfType<string>().ToHashSet();

            // Then: LightGBM and SkiaSharp must load on each of them
            Assert.Superset(new HashSet<string> { "linux-x64", "linux-arm64", "osx", "win-x64" }, runtimes);
            Assert.Subset(ToolPackage.Runtimes.ToHashSet(), runtimes);
        }

        [Fact]
        public void Should_Carry_Readme_Licence_Project_Url_And_Tags()
        {
            // When
            using var zip = ZipFile.OpenRead(_packed.Path);
            using var nuspec = zip.GetEntry("CiCd.Mlops.nuspec")!.Open();
            var metadata = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

            // Then
            Assert.Equal("README.md", Value("readme"));
            Assert.NotNull(zip.GetEntry("README.md"));
            Assert.Equal("MIT", Value("license"));
            Assert.StartsWith("https://github.com/", Value("projectUrl"), StringComparison.Ordinal);
            Assert.Contains("mlops", Value("tags")!.Split(' '));
            Assert.StartsWith("MIT License", File.ReadAllText(RepositoryRoot.PathOf("LICENSE")), StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_Install_With_The_Readme_Line_And_Run()
        {
            // Given: the README's install line, run in a clean folder that holds only the pack output, as a clone has it
            // after `./build.sh --target=Pack`; --global becomes a private tool path so the test leaves the machine alone
            var readme = File.ReadAllText(RepositoryRoot.PathOf("README.md"));
            var line = Regex.Match(readme, @"^dotnet tool install --global CiCd\.Mlops --add-source out/packages", RegexOptions.Multiline);
            Assert.True(line.Success, "README.md has no line `dotnet tool install --global CiCd.Mlops --add-source out/packages`");
            Assert.Contains("./build.sh --target=Pack", readme, StringComparison.Ordinal);
            var clone = Directory.CreateTempSubdirectory("cicd-install-").FullName;
            try
            {
                Directory.CreateDirectory(System.IO.Path.Combine(clone, "out/packages"));
                File.Copy(_packed.Path, System.IO.Path.Combine(clone, "out/packages", System.IO.Path.GetFileName(_packed.Path)));
                var tools = System.IO.Path.Combine(clone, "tools");
                var arguments = line.Value.Replace("--global", $"--tool-path {tools}", StringComparison.Ordinal).Split(' ').Skip(1);

                // When
                var install = await Run(clone, "dotnet", arguments);
                var version = await Run(clone, System.IO.Path.Combine(tools, "mlops"), ["--version"]);

                // Then
                Assert.True(install.ExitCode == 0, install.Output);
                Assert.True(version.ExitCode == 0, version.Output);
                Assert.StartsWith(XDocument.Load(RepositoryRoot.PathOf("Directory.Build.props")).Descendants("Version").First().Value, version.Output, StringComparison.Ordinal);
            }
            finally
            {
                Directory.Delete(clone, recursive: true);
            }
        }

        private static async Task<(int ExitCode, string Output)> Run(string folder, string file, IEnumerable<string> arguments)
        {
            var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
            return (process.ExitCode, await output + await error);
        }

        /// <summary>One `dotnet pack --no-build` per test run.</summary>
        public sealed class Packed : IDisposable
        {
            private readonly string _folder = Directory.CreateTempSubdirectory("cicd-pack-").FullName;

            public Packed()
            {
#if DEBUG
                const string configuration = "Debug";
#else
                const string configuration = "Release";
#endif
                var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    WorkingDirectory = RepositoryRoot.Path,
                };
                foreach (var argument in new[] { "pack", "src/CiCd.Cli/CiCd.Cli.csproj", "-c", configuration, "--no-build", "--nologo", "-o", _folder })
                {
                    start.ArgumentList.Add(argument);
                }
                using var process = Process.Start(start)!;
                var output = process.StandardOutput.ReadToEndAsync();
                var error = process.StandardError.ReadToEndAsync();
                if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
                {
                    process.Kill(entireProcessTree: true);
                    throw new TimeoutException("dotnet pack did not finish in 5 minutes");
                }
                Path = Directory.GetFiles(_folder, "CiCd.Mlops.*.nupkg").SingleOrDefault()
                    ?? throw new InvalidOperationException($"dotnet pack made no package (exit {process.ExitCode}): {output.Result}{error.Result}");
            }

            public string Path { get; }

            public void Dispose() => Directory.Delete(_folder, recursive: true);
        }
    }
}
