using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using CiCd.Train;

namespace CiCd.Testing;

/// <summary>
/// Trained models shared by the fixtures of a test run, keyed by a hash of what decides the model: the fixture's
/// recipe, the config text, the data files' bytes and the build of the training code (CiCd and ML.NET assemblies).
/// Within a process a model trains once; across the test projects of one run it trains once when
/// <see cref="CacheVariable"/> names a folder (the Test target sets it; a process that wants a model another process is
/// training waits for it), else each process keeps its own in a temp folder deleted when it exits. A cached folder is
/// read-only: tests copy it before changing anything.
/// </summary>
public static class TrainedModels
{
    /// <summary>The folder shared by the test processes of one run; unset, each process trains its own models.</summary>
    public const string CacheVariable = "MLOPS_TEST_MODEL_CACHE";

    private static readonly ConcurrentDictionary<string, Lazy<string>> Folders = new(StringComparer.Ordinal);
    private static readonly Lazy<string> Root = new(OpenRoot);

    // Longer than any fixture's training on a loaded two-core machine; a holder that dies frees the lock at once.
    private static readonly TimeSpan TrainingTimeout = TimeSpan.FromMinutes(15);

    /// <summary>
    /// The folder <paramref name="train"/> fills for these inputs, trained now or reused: <paramref name="train"/> gets an
    /// empty folder and writes the model there; only a training that returns is kept.
    /// </summary>
    public static string Folder(string recipe, string configText, IEnumerable<string> dataFiles, Action<string> train)
    {
        var key = Key(recipe, configText, dataFiles);
        return Folders.GetOrAdd(key, k => new Lazy<string>(() => TrainOnce(k, train))).Value;
    }

    /// <summary>
    /// A stage-cache folder (<c>mlops train --cache</c>) for tests that train the same config on the same data in checkouts
    /// of their own, as separate jobs do: the first trains, the others restore its run. Shared like the models (one run,
    /// every test process) and named for this build of the training code; the stage cache keys each run by its inputs, and
    /// of the runs of one key at the same moment only one trains.
    /// </summary>
    public static string StageCache(string name) =>
        Directory.CreateDirectory(Path.Combine(Root.Value, $"stage-cache-{Key(name, "", [])}")).FullName;

    private static string TrainOnce(string key, Action<string> train)
    {
        var folder = Path.Combine(Root.Value, key);
        if (Directory.Exists(folder))
        {
            return folder;
        }
        // Test processes started side by side want the same models at the same moment: one trains, the others wait for it.
        using var held = FileLock.Acquire(Path.Combine(Root.Value, $"{key}.lock"), TrainingTimeout);
        if (Directory.Exists(folder))
        {
            return folder;
        }
        var scratch = Directory.CreateDirectory(Path.Combine(Root.Value, $"{key}.{Guid.NewGuid():N}.tmp")).FullName;
        train(scratch);
        try
        {
            // Atomic: a parallel test process either sees the whole folder or none.
            Directory.Move(scratch, folder);
        }
        catch (IOException) when (Directory.Exists(folder))
        {
            // Another process trained the same model first; its copy is as good as ours.
            Directory.Delete(scratch, recursive: true);
        }
        return folder;
    }

    private static string Key(string recipe, string configText, IEnumerable<string> dataFiles)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(recipe + "\n" + configText + "\n"));
        foreach (var file in dataFiles)
        {
            hash.AppendData(File.ReadAllBytes(file));
        }
        // A rebuilt trainer may train another model from the same inputs (the cache lives for one run, so this is a
        // guard); only assemblies every fixture's process loads, so the Serving and Dashboard tests share a key.
        foreach (var assembly in new[] { typeof(TrainingEngine).Assembly, typeof(ModelCard).Assembly, typeof(Microsoft.ML.MLContext).Assembly })
        {
            hash.AppendData(assembly.ManifestModule.ModuleVersionId.ToByteArray());
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static string OpenRoot()
    {
        if (Environment.GetEnvironmentVariable(CacheVariable) is { Length: > 0 } shared)
        {
            return Directory.CreateDirectory(shared).FullName;
        }
        var own = Directory.CreateTempSubdirectory("cicd-trained-models-").FullName;
        // Per process, so it goes when the test process does.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(own, recursive: true);
        return own;
    }
}
