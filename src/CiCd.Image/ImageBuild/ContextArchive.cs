using System.Formats.Tar;
using CiCd.Errors;
using CiCd.Train;

namespace CiCd.Image.ImageBuild;

/// <summary>
/// Writes the build context as a tar: the Dockerfile, the publish output under <c>publish/</c> and the model files
/// under <c>model/</c>. Only what the image needs is sent, so the context stays the size of the image content
/// whatever else lies in the repository; the Dockerfile finds the folders through its PUBLISH_DIR and MODEL_DIR arguments.
/// </summary>
public static class ContextArchive
{
    /// <summary>The folder of the publish output inside the context.</summary>
    public const string PublishDir = "publish";

    /// <summary>The folder of the model inside the context.</summary>
    public const string ModelDir = "model";

    /// <summary>Native debug symbols: large, and never read in production.</summary>
    private static readonly string[] Skipped = [".dbg"];

    /// <summary>Writes the context to a temp file that is deleted when the returned stream closes.</summary>
    public static FileStream Create(BuildInputs inputs, out long files)
    {
        Require(inputs);
        var path = Path.Combine(Path.GetTempPath(), $"mlops-context-{Guid.NewGuid():N}.tar");
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        files = 0;
        using (var tar = new TarWriter(stream, TarEntryFormat.Pax, leaveOpen: true))
        {
            tar.WriteEntry(inputs.Dockerfile, "Dockerfile");
            files++;
            foreach (var file in Directory.EnumerateFiles(inputs.PublishFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (Skipped.Contains(Path.GetExtension(file), StringComparer.Ordinal))
                {
                    continue;
                }
                var relative = Path.GetRelativePath(inputs.PublishFolder, file).Replace(Path.DirectorySeparatorChar, '/');
                tar.WriteEntry(file, $"{PublishDir}/{relative}");
                files++;
            }
            foreach (var name in new[] { TrainingFiles.Model, TrainingFiles.CardJson })
            {
                tar.WriteEntry(Path.Combine(inputs.ModelFolder, name), $"{ModelDir}/{name}");
                files++;
            }
        }
        stream.Position = 0;
        return stream;
    }

    private static void Require(BuildInputs inputs)
    {
        if (!File.Exists(inputs.Dockerfile))
        {
            throw new InputException(inputs.Dockerfile, null, null, "Dockerfile not found");
        }
        if (!File.Exists(Path.Combine(inputs.PublishFolder, "mlops")))
        {
            throw new InputException(inputs.PublishFolder, null, null,
                "no 'mlops' executable here; publish first: dotnet publish src/CiCd.Cli -c Release -r linux-x64 --self-contained -o " + inputs.PublishFolder);
        }
        foreach (var name in new[] { TrainingFiles.Model, TrainingFiles.CardJson })
        {
            if (!File.Exists(Path.Combine(inputs.ModelFolder, name)))
            {
                throw new InputException(Path.Combine(inputs.ModelFolder, name), null, null, "not found; train first (mlops train)");
            }
        }
    }
}
