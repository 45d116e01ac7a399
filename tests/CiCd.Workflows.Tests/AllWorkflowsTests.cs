using System.Text.RegularExpressions;
using CiCd.Testing;
using CiCd.Workflows.Tests.Cake;
using CiCd.Workflows.Tests.Model;
using YamlDotNet.RepresentationModel;

namespace CiCd.Workflows.Tests;

/// <summary>Rules every workflow keeps: pinned actions, least privilege, no credentials left behind, thin steps.</summary>
public static partial class AllWorkflowsTests
{
    public static TheoryData<string> Names => [.. Workflow.Names];

    public sealed class TheFolder
    {
        [Fact]
        public void Should_Hold_Exactly_The_Four_Workflows()
        {
            // When
            var files = Directory.EnumerateFiles(Workflow.Folder).Select(Path.GetFileName).Order(StringComparer.Ordinal);

            // Then
            Assert.Equal(Workflow.Names.Order(StringComparer.Ordinal), files);
        }
    }

    [GeneratedRegex(@"^\s*(-\s+)?uses:")]
    private static partial Regex UsesLine();

    // owner/repo[/path]@<40 hex> # vMAJOR[.MINOR[.PATCH]]
    [GeneratedRegex(@"^\s*(-\s+)?uses:\s+(?<action>[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[A-Za-z0-9_./-]+)?)@(?<sha>[0-9a-f]{40}) # (?<version>v\d+(\.\d+){0,2})\s*$")]
    private static partial Regex PinnedUses();

    [GeneratedRegex(@"secrets\.([A-Za-z0-9_]+)")]
    private static partial Regex SecretReference();

    private static readonly CakeTargets Targets = CakeTargets.Load();

    // The tasks that compile the repository, run its tests or load its projects; aggregates reach them through Targets.
    private static readonly HashSet<string> CompilesOrRunsCode = ["Build", "BuildCli", "Test", "DataTests", "Lint", "Pack", "Publish", "Sbom"];

    // The first major of each action that runs on node24 (checked in each action's own repository: docs/ci-cd.md).
    private static readonly Dictionary<string, int> Node24Majors = new(StringComparer.Ordinal)
    {
        ["actions/checkout"] = 5,
        ["actions/setup-dotnet"] = 5,
        ["actions/cache"] = 5,
        ["actions/upload-artifact"] = 6,
        ["actions/download-artifact"] = 7,
        ["actions/attest-build-provenance"] = 4,
    };

    [GeneratedRegex(@"secrets\.|github\.token")]
    private static partial Regex Secret();

    [GeneratedRegex(@"^\./build\.sh --target [A-Za-z]+( --exclusive)?\n?$")]
    private static partial Regex CakeCall();

    // Anything that would run a file of the checkout: a relative path, the .NET CLI, Cake, a shell reading a script.
    [GeneratedRegex(@"\./|\bdotnet\b|\bcake\b|\b(ba)?sh\s|\bsource\b|\bmake\b|\bnpm\b|\bnode\b|\bpython")]
    private static partial Regex RepositoryCode();
}
