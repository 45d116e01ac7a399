using CiCd.Train;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace CiCd.Serving.Model;

/// <summary>A model folder written by <c>mlops train</c>, or a model.zip with its card beside it; watched for rewrites.</summary>
public sealed class FileModelSource : IModelSource, IDisposable
{
    private readonly string _folder;
    private readonly string _modelFile;
    private readonly PhysicalFileProvider _files;

    /// <summary>Serves <paramref name="path"/>: a folder, or the model.zip inside one.</summary>
    public FileModelSource(string path)
    {
        var full = Path.GetFullPath(path);
        var isZip = full.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
        _folder = isZip ? Path.GetDirectoryName(full)! : full;
        _modelFile = isZip ? Path.GetFileName(full) : TrainingFiles.Model;
        Description = Path.Combine(_folder, _modelFile);
        if (!Directory.Exists(_folder))
        {
            throw new ModelRejectedException("missing", $"{_folder}: model folder not found");
        }
        _files = new PhysicalFileProvider(_folder);
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public string ChangeTrigger => "file";

    /// <inheritdoc />
    public ModelFiles Locate()
    {
        var files = new ModelFiles(Path.Combine(_folder, _modelFile), Path.Combine(_folder, TrainingFiles.CardJson));
        foreach (var path in new[] { files.ModelPath, files.CardPath })
        {
            if (!File.Exists(path))
            {
                throw new ModelRejectedException("missing", $"{path}: file not found");
            }
        }
        return files;
    }

    /// <inheritdoc />
    public IChangeToken Watch() =>
        new CompositeChangeToken([_files.Watch(_modelFile), _files.Watch(TrainingFiles.CardJson)]);

    /// <inheritdoc />
    public void Dispose() => _files.Dispose();
}
