using CiCd.Testing;

namespace CiCd.Cli.Tests.Fixtures;

/// <summary>
/// The registry of <see cref="RegisteredByCliFixture"/> copied once and given a history entry and a second alias
/// (`mlops model promote 1 --alias development`), for tests that copy it again and spoil their copy: promoting once
/// here, not in each of the hundreds of copies, leaves every copy the same files for a fraction of the work.
/// </summary>
public sealed class PromotedRegistryFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public PromotedRegistryFixture()
    {
        Registered = new RegisteredByCliFixture();
        CopyFolder(Registered.RegistryRoot, Root);
        var promote = Mlops.Run("model", "promote", "1", "--alias", "development", "--registry", Root, "--model", RegisteredByCliFixture.Model);
        if (promote.ExitCode != 0)
        {
            Dispose();
            throw new InvalidOperationException("mlops model promote failed: " + promote);
        }
    }

    public RegisteredByCliFixture Registered { get; }

    /// <summary>The promoted registry: copy it before changing anything.</summary>
    public string Root => _folder.PathOf("models");

    /// <summary>Copies every file under <paramref name="source"/> to the same place under <paramref name="target"/>.</summary>
    public static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    public void Dispose()
    {
        Registered.Dispose();
        _folder.Dispose();
    }
}
