using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Xml.Linq;

namespace CiCd.Workflows.Tests.Build;

/// <summary>
/// A build for this machine copies only this machine's native libraries (Directory.Build.targets,
/// DropOtherPlatformsNatives): with a dozen platforms' copies every test project's output was 640 MB, and a CI run's
/// 10 GB filled a CI machine's disk. This project's own output is the build checked.
/// </summary>
public sealed class BuildOutputTests
{
    public sealed class TheRuntimesFolder
    {
        [Fact]
        public void Should_Hold_Only_This_Platforms_Native_Libraries()
        {
            // Given: the platforms the host loads natives from here, through its fallback graph
            var rid = RuntimeInformation.RuntimeIdentifier;
            var loadable = new HashSet<string>(StringComparer.Ordinal) { rid, rid.Split('-')[0], "unix" };
            var runtimes = Path.Combine(AppContext.BaseDirectory, "runtimes");

            // When
            var platforms = Directory.EnumerateFiles(runtimes, "*", SearchOption.AllDirectories)
                .Select(file => Path.GetRelativePath(runtimes, file).Split(Path.DirectorySeparatorChar)[0])
                .ToHashSet(StringComparer.Ordinal);

            // Then: this platform's are there (SQLite's at least), no other's
            Assert.Contains(rid, platforms);
            Assert.DoesNotContain(platforms, platform => !loadable.Contains(platform));
        }
    }

    public sealed class TheBuildOfAProject
    {
        [Fact]
        public async Task Should_Keep_This_Machines_Natives_When_The_Sdk_Was_Built_By_A_Distribution()
        {
            // Given: an SDK from Ubuntu's, Fedora's or Alpine's packages names its own RID (ubuntu.24.04-x64), where NuGet
            // packages keep natives under the portable one (linux-x64) that the host loads them from
            using var folder = new TempFolder();
            var portable = RuntimeInformation.RuntimeIdentifier;
            var distribution = $"distribution.1-{portable.Split('-')[^1]}";
            File.WriteAllText(folder.PathOf("p.cs"), "System.Console.WriteLine();");
            File.WriteAllText(folder.PathOf("p.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework><OutputType>Exe</OutputType><UseAppHost>false</UseAppHost></PropertyGroup>
                  <ItemGroup><PackageReference Include="Microsoft.Data.Sqlite" Version="{SqliteVersion}" /></ItemGroup>
                  <Import Project="{RepositoryRoot.PathOf("Directory.Build.targets")}" />
                </Project>
                """);

            // When
            var (exitCode, output) = await Build(folder.Root, $"-p:NETCoreSdkRuntimeIdentifier={distribution}", $"-p:NETCoreSdkPortableRuntimeIdentifier={portable}");

            // Then: SQLite's native library for this machine is there
            Assert.True(exitCode == 0, output);
            Assert.NotEmpty(Directory.GetFiles(folder.PathOf($"bin/Release/net10.0/runtimes/{portable}"), "*", SearchOption.AllDirectories));
        }

        // The version this repository restores, so the build finds the package in the local cache.
        private static string SqliteVersion => XDocument.Load(RepositoryRoot.PathOf("Directory.Packages.props")).Descendants("PackageVersion")
            .Single(p => (string?)p.Attribute("Include") == "Microsoft.Data.Sqlite").Attribute("Version")!.Value;

        private static async Task<(int ExitCode, string Output)> Build(string folder, params string[] properties)
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[] { "build", "-c", "Release", "--nologo" }.Concat(properties))
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
            return (process.ExitCode, await output + await error);
        }
    }
}
