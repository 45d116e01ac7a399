using CiCd.Testing;

namespace CiCd.Workflows.Tests.Deploy;

/// <summary>`mlops release pin`, as release.yml runs it on a copy of deploy/kubernetes.</summary>
public static class ReleasePinTests
{
    private const string Digest = "sha256:1111111111111111111111111111111111111111111111111111111111111111";

    /// <summary>deploy/kubernetes copied into <paramref name="folder"/>, so the overlay's ../../base still resolves.</summary>
    private static string CopyOfDeploy(TempFolder folder)
    {
        var source = RepositoryRoot.PathOf("deploy/kubernetes");
        foreach (var file in Directory.EnumerateFiles(source, "*.yaml", SearchOption.AllDirectories))
        {
            folder.Write(Path.Combine("kubernetes", Path.GetRelativePath(source, file)), File.ReadAllText(file));
        }
        return folder.PathOf("kubernetes/overlays/production");
    }

    public sealed class TheReleasePinCommand
    {
        [Fact]
        public async Task Should_Render_The_Overlay_With_The_Pinned_Image_And_Keep_Its_Comments()
        {
            // Given
            using var folder = new TempFolder();
            var overlay = CopyOfDeploy(folder);
            var comments = File.ReadAllLines(Path.Combine(overlay, "kustomization.yaml")).Where(l => l.TrimStart().StartsWith('#')).ToList();

            // When
            var (exitCode, output, error) = Mlops.Run("release", "pin", overlay, "--image", "ghcr.io/acme/credit", "--digest", Digest);

            // Then
            Assert.True(exitCode == 0, error);
            Assert.Contains($"ghcr.io/acme/credit@{Digest}", output, StringComparison.Ordinal);
            var (kubectl, rendered, problem) = await ExternalTool.RunAsync("kubectl", ["kustomize", overlay]);
            Assert.True(kubectl == 0, problem);
            var deployment = KubernetesObjects.Parse(rendered).OfKind("Deployment");
            Assert.Equal($"ghcr.io/acme/credit@{Digest}", (string)deployment["spec"]!["template"]!["spec"]!["containers"]![0]!["image"]!);
            Assert.Equal(comments, File.ReadAllLines(Path.Combine(overlay, "kustomization.yaml")).Where(l => l.TrimStart().StartsWith('#')));
        }

        [Fact]
        public void Should_Leave_The_File_As_It_Is_When_The_Digest_Is_Already_Pinned()
        {
            // Given
            using var folder = new TempFolder();
            var overlay = CopyOfDeploy(folder);
            Mlops.Run("release", "pin", overlay, "--image", "ghcr.io/acme/credit", "--digest", Digest);
            var before = File.GetLastWriteTimeUtc(Path.Combine(overlay, "kustomization.yaml"));

            // When
            var (exitCode, output, _) = Mlops.Run("release", "pin", overlay, "--image", "ghcr.io/acme/credit", "--digest", Digest);

            // Then
            Assert.Equal(0, exitCode);
            Assert.Contains("already", output, StringComparison.Ordinal);
            Assert.Equal(before, File.GetLastWriteTimeUtc(Path.Combine(overlay, "kustomization.yaml")));
        }

        [Theory]
        [InlineData("sha256:abc")]
        [InlineData("latest")]
        [InlineData("sha256:1111111111111111111111111111111111111111111111111111111111111111 ")]
        public void Should_Refuse_A_Digest_That_Is_Not_A_Sha256(string digest)
        {
            // Given
            using var folder = new TempFolder();
            var overlay = CopyOfDeploy(folder);
            var text = File.ReadAllText(Path.Combine(overlay, "kustomization.yaml"));

            // When
            var (exitCode, _, error) = Mlops.Run("release", "pin", overlay, "--image", "ghcr.io/acme/credit", "--digest", digest);

            // Then
            Assert.Equal(2, exitCode);
            Assert.Contains("--digest: expected sha256:<64 hex digits>", error, StringComparison.Ordinal);
            Assert.Equal(text, File.ReadAllText(Path.Combine(overlay, "kustomization.yaml")));
        }

        [Fact]
        public void Should_Name_The_File_And_Line_When_The_Overlay_Has_No_Entry_For_The_Image()
        {
            // Given
            using var folder = new TempFolder();
            var file = folder.Write("kustomization.yaml", "resources:\n  - ../../base\nimages:\n  - name: other\n    newName: x\n    digest: y\n");

            // When
            var (exitCode, _, error) = Mlops.Run("release", "pin", folder.Root, "--image", "ghcr.io/acme/credit", "--digest", Digest);

            // Then
            Assert.Equal(2, exitCode);
            Assert.Contains($"{file}:3", error, StringComparison.Ordinal);
            Assert.Contains("no images entry named 'cicd-model'", error, StringComparison.Ordinal);
        }
    }
}
