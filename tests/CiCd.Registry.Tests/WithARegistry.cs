using System.Text.Json;
using CiCd.Registry.Versions;

namespace CiCd.Registry.Tests;

/// <summary>A registry in a temp folder with a ticking clock, and a builder for registrations.</summary>
public abstract class WithARegistry : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("mlops-registry-");
    private int _files;

    protected WithARegistry()
    {
        Options = new RegistryOptions { Root = Path.Combine(_folder.FullName, "models"), User = "ada", Clock = Clock, LockTimeout = TimeSpan.FromSeconds(5) };
        Registry = new ModelRegistry(Options);
    }

    protected TickingClock Clock { get; } = new();

    protected RegistryOptions Options { get; }

    protected ModelRegistry Registry { get; }

    protected string Folder => _folder.FullName;

    protected string RegistryFilePath(string model = "credit") => Path.Combine(Options.Root, model, "registry.json");

    /// <summary>A request with fresh model and card files; metrics default to an AUC.</summary>
    protected RegistrationRequest Request(string model = "credit", double auc = 0.8, string trainer = "fasttree") =>
        new()
        {
            Model = model,
            ModelFile = WriteFile($"model-{++_files}.zip", $"weights {_files}"),
            CardFile = WriteFile($"card-{_files}.json", JsonSerializer.Serialize(new { trainer, auc })),
            RunId = $"run-{_files}",
            Params = new Dictionary<string, string> { ["trainer"] = trainer },
            Metrics = new Dictionary<string, double> { ["auc"] = auc },
            FoldMetrics = new Dictionary<string, IReadOnlyList<double>> { ["auc"] = [auc - 0.01, auc + 0.01] },
            DataFingerprint = new string('d', 64),
            GitCommit = "0123456789abcdef0123456789abcdef01234567",
        };

    protected ModelVersion Register(string model = "credit", double auc = 0.8) => Registry.Register(Request(model, auc));

    /// <summary>A request that also carries a drift reference: a profile and the test predictions.</summary>
    protected RegistrationRequest RequestWithReference(string model = "credit") =>
        Request(model) with
        {
            ReferenceProfileFile = WriteFile($"profile-{_files}.json", $"{{\"rows\": {_files}}}"),
            PredictionsFile = WriteFile($"predictions-{_files}.csv", $"line,actual,p_good,p_bad\n{_files},good,0.9,0.1\n"),
        };

    protected string WriteFile(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        _folder.Delete(recursive: true);
        GC.SuppressFinalize(this);
    }
}
