using CiCd.Comparison;
using CiCd.Errors;
using CiCd.Registry.Aliases;
using CiCd.Registry.Documents;
using CiCd.Registry.Locking;
using CiCd.Registry.Versions;

namespace CiCd.Registry;

/// <summary>
/// The file model registry under <see cref="RegistryOptions.Root"/>: one folder per model holding
/// <c>registry.json</c> and a folder per version. Writers take the model's lock and replace
/// <c>registry.json</c> atomically; readers need no lock.
/// </summary>
public sealed class ModelRegistry(RegistryOptions options)
{
    /// <summary>Registers a new immutable version (numbered max + 1), with its alias if the request names one, and returns it.</summary>
    public ModelVersion Register(RegistrationRequest request)
    {
        ModelName.Require(request.Model);
        if (request.Alias is { } alias)
        {
            ModelAliases.Require(alias);
        }
        VersionFiles.RequireInputs(request);
        return Update(request.Model, model =>
        {
            var last = model.Versions.Count == 0 ? 0 : model.Versions.Max(v => v.Version);
            if (last == int.MaxValue)
            {
                // Adding one would wrap to a negative number that every later command refuses: stop before writing anything.
                throw new InputException(FileOf(request.Model).Path, null, null,
                    $"version {last} is the highest number a version can have: nothing was registered");
            }
            var number = last + 1;
            var files = VersionFiles.CopyIn(FolderOf(request.Model), number, request);
            var version = new ModelVersion(
                number, options.Clock.GetUtcNow(), options.User, request.RunId,
                files.Model, files.ModelSha, files.Card, files.CardSha,
                request.Params, request.Metrics, request.FoldMetrics, request.DataFingerprint, request.GitCommit, ImageDigest: null, files.Drift)
            { DataProfile = files.DataProfile };
            var registered = model with { Versions = [.. model.Versions, version] };
            if (request.Alias is not { } alias)
            {
                return (registered, version);
            }
            var (aliased, _) = Move(registered, Promotion(model, alias, number, version.RegisteredAt, $"registered from run {request.RunId}"));
            return (aliased, version);
        });
    }

    /// <summary>The registered model names, sorted.</summary>
    public IReadOnlyList<string> ListModels() =>
        Directory.Exists(options.Root)
            ? Directory.EnumerateDirectories(options.Root)
                .Where(d => File.Exists(Path.Combine(d, RegistryFile.FileName)))
                .Select(Path.GetFileName)
                .OfType<string>()
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    /// <summary>A model's versions, aliases and alias history; an unknown model is an input error.</summary>
    public RegisteredModel Show(string model) =>
        FileOf(model).Load() ?? throw new InputException($"no model '{ModelName.Require(model)}' in the registry {options.Root} (models: {Known()})");

    /// <summary>A version by number (<c>3</c>, <c>v3</c>) or alias (<c>production</c>).</summary>
    public ModelVersion GetVersion(string model, string selector) => VersionSelector.Select(Show(model), selector, FileOf(model).Path);

    /// <summary>The version an alias points at, or null when the model or the alias is not there yet (the gate's "no champion").</summary>
    public ModelVersion? FindByAlias(string model, string alias = ModelAliases.Production) =>
        FileOf(model).Load()?.AtAlias(ModelAliases.Require(alias));

    /// <summary>The file that records a model's versions and aliases: every alias move rewrites it (atomically), so watch it to follow one.</summary>
    public string DocumentOf(string model) => FileOf(model).Path;

    /// <summary>Points an alias at a version and records the move; null when it already pointed there.</summary>
    public AliasChange? Promote(string model, string selector, string alias, string reason)
    {
        ModelAliases.Require(alias);
        return Update(model, current =>
        {
            var version = VersionSelector.Select(RequireExisting(current, model), selector, FileOf(model).Path).Version;
            return current.Aliases.TryGetValue(alias, out var held) && held == version
                ? (current, (AliasChange?)null)
                : Move(current, Promotion(current, alias, version, options.Clock.GetUtcNow(), reason));
        });
    }

    /// <summary>Moves an alias back to the version it held before its last promotion, and records the move.</summary>
    public AliasChange Rollback(string model, string alias, string reason)
    {
        ModelAliases.Require(alias);
        return Update(model, current =>
        {
            var target = AliasHistory.RollbackTarget(model, alias, RequireExisting(current, model).History);
            if (!current.Aliases.TryGetValue(alias, out var held))
            {
                // The history says the alias moved, yet it points nowhere: a hand-edit; guessing where it stands would hide it.
                throw new InputException(FileOf(model).Path, null, null,
                    $"alias '{alias}' has promotions in the history but is not set in aliases; promote it to the version it should hold first");
            }
            return Move(current, new AliasChange(alias, AliasChangeKind.Rollback, held, target, options.Clock.GetUtcNow(), options.User, reason));
        });
    }

    /// <summary>Two versions' params and metrics side by side.</summary>
    public VersionDiff Diff(string model, string left, string right)
    {
        var registered = Show(model);
        var file = FileOf(model).Path;
        var (a, b) = (VersionSelector.Select(registered, left, file), VersionSelector.Select(registered, right, file));
        return new VersionDiff(model, a, b, SideBySide.Texts([a.Params, b.Params]), SideBySide.Numbers([a.Metrics, b.Metrics]));
    }

    /// <summary>A version's files after checking their SHA-256; a changed byte is an error naming the file.</summary>
    public LoadedModel Load(string model, string selector)
    {
        var version = GetVersion(model, selector);
        var folder = FolderOf(model);
        return new LoadedModel(
            version,
            VersionFiles.Verified(folder, model, version.Version, version.ModelFile, version.ModelSha256),
            VersionFiles.Verified(folder, model, version.Version, version.CardFile, version.CardSha256));
    }

    /// <summary>
    /// A version's card and drift reference after checking their SHA-256; a version registered before the registry kept
    /// the reference comes back with no profile path.
    /// </summary>
    public LoadedReference LoadReference(string model, string selector)
    {
        var version = GetVersion(model, selector);
        var folder = FolderOf(model);
        string Verified(string file, string sha) => VersionFiles.Verified(folder, model, version.Version, file, sha);
        var card = Verified(version.CardFile, version.CardSha256);
        if (version.DriftReference is not { } drift)
        {
            return new LoadedReference(version, card, null, null);
        }
        var predictions = drift is { PredictionsFile: { } file, PredictionsSha256: { } sha } ? Verified(file, sha) : null;
        return new LoadedReference(version, card, Verified(drift.ProfileFile, drift.ProfileSha256), predictions);
    }

    /// <summary>The path of a version's data profile after checking its SHA-256, or null when the version has none.</summary>
    public string? LoadDataProfile(string model, string selector)
    {
        var version = GetVersion(model, selector);
        return version.DataProfile is { } profile ? VersionFiles.Verified(FolderOf(model), model, version.Version, profile.File, profile.Sha256) : null;
    }

    /// <summary>
    /// Checks the whole registry as a reader would find it: every model's registry.json parses and passes its checks, and
    /// every file each version names is there with the SHA-256 recorded for it. Throws naming the first file that fails.
    /// </summary>
    /// <returns>How many version files were checked.</returns>
    public int Verify()
    {
        var files = 0;
        foreach (var model in ListModels())
        {
            var folder = FolderOf(model);
            foreach (var version in Show(model).Versions)
            {
                List<(string File, string Sha)> named = [(version.ModelFile, version.ModelSha256), (version.CardFile, version.CardSha256)];
                if (version.DriftReference is { } drift)
                {
                    named.Add((drift.ProfileFile, drift.ProfileSha256));
                    if (drift is { PredictionsFile: { } predictions, PredictionsSha256: { } sha })
                    {
                        named.Add((predictions, sha));
                    }
                }
                if (version.DataProfile is { } dataProfile)
                {
                    named.Add((dataProfile.File, dataProfile.Sha256));
                }
                foreach (var (file, sha) in named)
                {
                    VersionFiles.Verified(folder, model, version.Version, file, sha);
                    files++;
                }
            }
        }
        return files;
    }

    /// <summary>Records the image built from a version; set once (setting the same digest again is a no-op).</summary>
    public ModelVersion SetImageDigest(string model, string selector, string digest)
    {
        ImageDigest.Require(digest);
        return Update(model, current =>
        {
            var version = VersionSelector.Select(RequireExisting(current, model), selector, FileOf(model).Path);
            if (version.ImageDigest is { } existing && existing != digest)
            {
                throw new InputException($"model '{model}' version {version.Version} already has image {existing}; versions are immutable");
            }
            var updated = version with { ImageDigest = digest };
            return (current with { Versions = current.Versions.Select(v => v.Version == version.Version ? updated : v).ToList() }, updated);
        });
    }

    // The alias moving to version `to`, from wherever it stands in `current` (nowhere yet: null).
    private AliasChange Promotion(RegisteredModel current, string alias, int to, DateTimeOffset at, string reason) =>
        new(alias, AliasChangeKind.Promote, current.Aliases.TryGetValue(alias, out var held) ? held : null, to, at, options.User, reason);

    private static (RegisteredModel, AliasChange) Move(RegisteredModel current, AliasChange change)
    {
        var aliases = new Dictionary<string, int>(current.Aliases) { [change.Alias] = change.To };
        return (current with { Aliases = aliases, History = [.. current.History, change] }, change);
    }

    private T Update<T>(string model, Func<RegisteredModel, (RegisteredModel Next, T Result)> change)
    {
        var file = FileOf(model);
        using var held = RegistryLock.Acquire(FolderOf(model), options.LockTimeout);
        var (next, result) = change(file.Load() ?? RegisteredModel.Empty(model));
        file.Save(next, options.BeforeCommit);
        return result;
    }

    private RegisteredModel RequireExisting(RegisteredModel current, string model) =>
        current.Versions.Count > 0 ? current : throw new InputException($"no model '{model}' in the registry {options.Root} (models: {Known()})");

    private string Known() => ListModels() is { Count: > 0 } names ? string.Join(", ", names) : "none";

    private string FolderOf(string model) => Path.Combine(options.Root, ModelName.Require(model));

    private RegistryFile FileOf(string model) => new(Path.Combine(FolderOf(model), RegistryFile.FileName));
}
