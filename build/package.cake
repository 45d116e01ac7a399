// The `mlops` tool package and its SBOM. Loaded by build.cake after mlops.cake.

// What the package may hold (src/CiCd.Cli/CiCd.Cli.csproj trims the rest); tests/CiCd.Workflows.Tests/Packaging checks
// the same rules on a fresh pack, so a change to the project that breaks them fails a test before it fails a release.
public static readonly string[] ToolRuntimes = { "linux-x64", "linux-arm64", "osx", "osx-x64", "osx-arm64", "win-x64" };
public const long ToolPackageLimit = 60_000_000;

public static void CheckToolPackage(ICakeContext context, DirectoryPath packages)
{
    foreach (var package in context.GetFiles($"{packages.FullPath}/*.nupkg"))
    {
        var problems = new List<string>();
        var bytes = new System.IO.FileInfo(package.FullPath).Length;
        if (bytes >= ToolPackageLimit)
        {
            problems.Add($"{bytes / 1e6:F1} MB, the limit is {ToolPackageLimit / 1e6:F0} MB");
        }
        using (var zip = System.IO.Compression.ZipFile.OpenRead(package.FullPath))
        {
            foreach (var entry in zip.Entries.Select(e => e.FullName))
            {
                var parts = entry.Split('/');
                var runtime = Array.IndexOf(parts, "runtimes") is var at and >= 0 && at + 1 < parts.Length ? parts[at + 1] : null;
                if (entry.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"debug symbols {entry}");
                }
                else if (runtime is not null && !ToolRuntimes.Contains(runtime))
                {
                    problems.Add($"runtime {runtime} ({entry})");
                }
            }
        }
        if (problems.Count > 0)
        {
            throw new CakeException($"{package.GetFilename()}: {string.Join("; ", problems.Distinct().Take(10))}");
        }
        context.Information($"{package.GetFilename()}: {bytes / 1e6:F1} MB, runtimes {string.Join(", ", ToolRuntimes)}, no pdb");
    }
}

// CycloneDX (the dotnet tool in .config/dotnet-tools.json) over the tool's project and every project it references:
// out/sbom/mlops.cdx.json, attached to the GitHub Release (release.yml) and shipped in the image (Publish).
public static void WriteToolSbom(ICakeContext context, BuildParameters p)
{
    var version = context.XmlPeek(p.Root.CombineWithFilePath("Directory.Build.props"), "/Project/PropertyGroup/Version");
    RunTool(context, p, "dotnet", "CycloneDX src/CiCd.Cli/CiCd.Cli.csproj --recursive --include-project-references --exclude-test-projects"
        + $" --set-name CiCd.Mlops --set-version {version} --set-nuget-purl"
        + $" --output \"{p.Out.Combine("sbom").FullPath}\" --filename mlops.cdx.json --output-format Json");
}
