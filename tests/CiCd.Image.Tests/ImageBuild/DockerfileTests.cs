using System.Text.RegularExpressions;
using CiCd.Testing;

namespace CiCd.Image.Tests.ImageBuild;

/// <summary>The repository's Dockerfile read as the engine reads it: continuation lines joined, comments dropped.</summary>
public static partial class DockerfileTests
{
    private static IReadOnlyList<(string Instruction, string Arguments)> Instructions()
    {
        var text = Continuation().Replace(File.ReadAllText(RepositoryRoot.PathOf("Dockerfile")), " ");
        return [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', 2)).Select(p => (p[0].ToUpperInvariant(), p.Length > 1 ? p[1].Trim() : ""))];
    }

    /// <summary>The instructions of the (last) stage, after its FROM.</summary>
    private static IReadOnlyList<(string Instruction, string Arguments)> Stage()
    {
        var all = Instructions();
        var from = all.ToList().FindLastIndex(i => i.Instruction == "FROM");
        return [.. all.Skip(from + 1)];
    }

    private static Dictionary<string, string> Labels() =>
        Stage().Where(i => i.Instruction == "LABEL").SelectMany(i => Label().Matches(i.Arguments))
            .ToDictionary(m => m.Groups["key"].Value, m => m.Groups["value"].Value);

    public sealed class TheBaseImage
    {
        [Fact]
        public void Should_Default_To_A_Tag_Pinned_By_Its_Digest()
        {
            // When
            var argument = Instructions().First(i => i.Instruction == "ARG" && i.Arguments.StartsWith("BASE_IMAGE=", StringComparison.Ordinal));

            // Then: the tag stays for readers, the engine pulls the digest (docs/ci-cd.md, "Image pins")
            Assert.Matches(@"^BASE_IMAGE=mcr\.microsoft\.com/dotnet/runtime-deps:10\.0@sha256:[0-9a-f]{64}$", argument.Arguments);
        }
    }

    public sealed class TheLabels
    {
        [Theory]
        [InlineData("org.opencontainers.image.title")]
        [InlineData("org.opencontainers.image.description")]
        [InlineData("org.opencontainers.image.source")]
        [InlineData("org.opencontainers.image.licenses")]
        [InlineData("org.opencontainers.image.version")]
        [InlineData("org.opencontainers.image.revision")]
        [InlineData("org.opencontainers.image.created")]
        [InlineData("org.opencontainers.image.base.name")]
        public void Should_Carry_The_Oci_Annotation_In_A_Plain_Docker_Build(string key)
        {
            // When
            var labels = Labels();

            // Then: a value, and every ${ARG} in it has a default in this stage (or, for BASE_IMAGE, before FROM)
            Assert.True(labels.TryGetValue(key, out var value) && value.Length > 0, $"no LABEL {key} in the Dockerfile");
            var defaults = Instructions().Where(i => i.Instruction == "ARG" && i.Arguments.Contains('=', StringComparison.Ordinal))
                .Select(i => i.Arguments.Split('=')[0]).ToHashSet();
            var declared = Stage().Where(i => i.Instruction == "ARG").Select(i => i.Arguments.Split('=')[0]).ToHashSet();
            Assert.All(Reference().Matches(value!).Select(m => m.Groups[1].Value), name =>
            {
                Assert.Contains(name, declared);
                Assert.Contains(name, defaults);
            });
        }

        [Fact]
        public void Should_Name_The_Sbom_The_Image_Ships()
        {
            // Then: the Publish target copies the tool's SBOM into the publish output, which lands in /app
            Assert.Equal("/app/mlops.cdx.json", Labels()["io.cicd.sbom"]);
            Assert.Contains("publish.CombineWithFilePath(\"mlops.cdx.json\")", File.ReadAllText(RepositoryRoot.PathOf("build/image.cake")), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_State_The_Licence_Of_The_Repository() =>
            Assert.Equal("MIT", Labels()["org.opencontainers.image.licenses"]);
    }

    public sealed class TheShell
    {
        [Fact]
        public void Should_Fail_A_Pipe_When_Any_Command_In_It_Fails()
        {
            // Given
            var stage = Stage().ToList();
            var piping = stage.FindIndex(i => i.Instruction == "RUN" && Pipe().IsMatch(i.Arguments));

            // Then: a RUN pipes (ldconfig | grep), so an earlier SHELL sets pipefail
            Assert.True(piping >= 0, "no RUN pipes any more: this test can go");
            var shell = stage.FindIndex(i => i.Instruction == "SHELL");
            Assert.True(shell >= 0 && shell < piping, "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] must come before the first RUN that pipes");
            Assert.Equal("[\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]", stage[shell].Arguments);
        }

        [Fact]
        public void Should_Not_Stop_Reading_A_Pipe_Early_Under_Pipefail()
        {
            // Then: `… | grep -q` exits at the first match, the writer dies of SIGPIPE, and pipefail makes that a failure
            Assert.All(Stage().Where(i => i.Instruction == "RUN"), run => Assert.DoesNotMatch(@"\|\s*grep\s+(-\w*q|--quiet)", run.Arguments));
        }
    }

    [GeneratedRegex(@"\\\r?\n")]
    private static partial Regex Continuation();

    [GeneratedRegex(@"(?<key>[a-z0-9.-]+)=""(?<value>[^""]*)""")]
    private static partial Regex Label();

    [GeneratedRegex(@"\$\{([A-Z_]+)\}")]
    private static partial Regex Reference();

    // A pipe, not `||`.
    [GeneratedRegex(@"(?<!\|)\|(?!\|)")]
    private static partial Regex Pipe();
}
