using System.Formats.Tar;
using CiCd.Errors;
using CiCd.Registry.Locking;

namespace CiCd.Registry.Sharing;

/// <summary>
/// The registry folder kept on a branch of the repository (e.g. mlops-registry), so that jobs on fresh runners
/// share it: a job pulls the branch into the folder before it reads or writes the registry (the folder then holds
/// exactly the branch's files), and pushes the folder back as one commit on top of what it pulled. The push is never forced, so two jobs that wrote at the same time
/// cannot lose each other's versions or alias moves: the later one is refused and says to re-run.
/// Plumbing only (a private index, commit-tree): the checkout's own index, HEAD and working tree are untouched.
/// </summary>
public sealed class RegistryBranch
{
    private readonly Git _git;
    private readonly string _remote;
    private readonly string _trackingRef;

    /// <summary>Creates the branch's view from the git repository at <paramref name="repository"/>.</summary>
    /// <param name="repository">A folder of the checkout.</param>
    /// <param name="remote">The remote name or URL (origin).</param>
    /// <param name="branch">The branch holding the registry.</param>
    /// <param name="environment">Extra git environment, such as <see cref="GitCredentials.FromEnvironment"/>.</param>
    public RegistryBranch(string repository, string remote, string branch, IReadOnlyDictionary<string, string> environment)
    {
        if (branch.Length == 0 || branch.Any(c => char.IsWhiteSpace(c) || c is '~' or '^' or ':' or '?' or '*' or '[' or '\\') || branch.Contains("..", StringComparison.Ordinal))
        {
            throw new InputException($"--branch: '{branch}' is not a valid branch name");
        }
        Branch = branch;
        _remote = remote;
        _trackingRef = $"refs/mlops/{branch}";
        _git = new Git(repository, environment);
    }

    /// <summary>The branch holding the registry.</summary>
    public string Branch { get; }

    /// <summary>
    /// Makes <paramref name="root"/> hold exactly the branch's files; with no such branch yet, leaves it as it is. The branch
    /// is extracted into a sibling staging folder and verified (every registry.json loads, every version's files match
    /// their SHA-256) before anything live changes; the swap happens under every model's lock (see <see cref="RegistrySwap"/>).
    /// Refused (exit 1) when the folder holds changes that are neither on the branch nor pushed, as the pull would drop them.
    /// </summary>
    public SyncResult Pull(string root)
    {
        var remoteHead = _git.Run("ls-remote", "--heads", _remote, $"refs/heads/{Branch}");
        if (remoteHead.Length == 0)
        {
            // The first certification creates the branch; until then the registry starts empty. (No --depth on the fetch
            // below: it would make a full checkout shallow, and the release version counts every tag.)
            _git.Try("update-ref", "-d", _trackingRef);
            return new SyncResult(Branch, null, Changed: false);
        }
        var pulled = TreeOf(_trackingRef);
        _git.Run("fetch", "--quiet", "--no-tags", _remote, $"+refs/heads/{Branch}:{_trackingRef}");
        var fetched = TreeOf(_trackingRef)!;
        root = Path.GetFullPath(root);
        var parent = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar))!;
        var staging = Path.Combine(parent, $".{Path.GetFileName(root)}.pull-{Guid.NewGuid():N}");
        try
        {
            Extract(Path.Combine(staging, "new"));
            new ModelRegistry(new RegistryOptions { Root = Path.Combine(staging, "new") }).Verify();
            SwapIn(root, Path.Combine(staging, "new"), Path.Combine(staging, "old"), pulled, fetched);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
        return new SyncResult(Branch, _git.Run("rev-parse", _trackingRef), Changed: true);
    }

    private void Extract(string folder)
    {
        Directory.CreateDirectory(folder);
        using var archive = new MemoryStream();
        _git.RunInto(archive, "archive", "--format=tar", _trackingRef);
        archive.Position = 0;
        TarFile.ExtractToDirectory(archive, folder, overwriteFiles: false);
    }

    // Every model folder, live or staged, is locked so no writer is half-way through a registry.json while it moves.
    private void SwapIn(string root, string staged, string trash, string? pulled, string fetched)
    {
        var models = Folders(root).Union(Folders(staged)).Order(StringComparer.Ordinal).ToList();
        var locks = new List<RegistryLock>();
        try
        {
            foreach (var model in models)
            {
                locks.Add(RegistryLock.Acquire(Path.Combine(root, model), new RegistryOptions().LockTimeout));
            }
            var local = HasFiles(root) ? WriteTree(root) : null;
            RequireNothingLost(root, local, pulled, fetched);
            var (before, after) = (local is null ? [] : Entries(local), Entries(fetched));
            RegistrySwap.Into(root, staged, trash, path => before.TryGetValue(path, out var was) && after.TryGetValue(path, out var now) && was == now);
        }
        finally
        {
            locks.Reverse();
            locks.ForEach(held => held.Dispose());
        }
        // A model the branch no longer has kept only its lock files until the locks were released.
        foreach (var model in Folders(root).Where(m => !HasFiles(Path.Combine(root, m))))
        {
            Directory.Delete(Path.Combine(root, model), recursive: true);
        }
    }

    // Local registry changes that are neither what this clone last pulled or pushed nor what the branch holds now exist
    // only here: a pull would silently drop them, so it is refused and says how to keep or discard them.
    private void RequireNothingLost(string root, string? local, string? pulled, string fetched)
    {
        if (local is null || local == pulled || local == fetched)
        {
            return;
        }
        // A clone that never pulled loses only files the branch does not hold as they are: a fresh checkout's tracked
        // models/README.md, identical on the branch, is no loss.
        var changed = pulled is null
            ? _git.Run("diff-tree", "-r", "--name-only", "--no-renames", "--diff-filter=AM", fetched, local)
            : _git.Run("diff-tree", "-r", "--name-status", "--no-renames", pulled, local);
        var lines = changed.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0)
        {
            return;
        }
        var shown = string.Join(", ", lines.Take(5).Select(l => l.Replace('\t', ' '))) + (lines.Length > 5 ? $" and {lines.Length - 5} more" : "");
        throw new MlopsException(
            $"the registry folder {root} has changes that are not on the branch '{Branch}' ({(pulled is null ? "this clone never pulled it; local files: " : "")}{shown}): "
            + $"pulling would drop them. Keep them with `mlops model sync push` (after a pull, if the branch moved), or move {root} away to discard them, then pull again",
            ExitCodes.CheckFailed);
    }

    private string? TreeOf(string reference) =>
        _git.Try("rev-parse", "--verify", "--quiet", $"{reference}^{{tree}}") is { ExitCode: 0, Output: var tree } ? tree : null;

    // Path → object id of every file and folder of a tree, to leave in place what the pull would not change.
    private Dictionary<string, string> Entries(string tree) =>
        _git.Run("ls-tree", "-r", "-t", "-z", tree)
            .Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t', 2))
            .ToDictionary(parts => parts[1], parts => parts[0].Split(' ')[2], StringComparer.Ordinal);

    private static IEnumerable<string> Folders(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateDirectories(folder).Select(Path.GetFileName).OfType<string>() : [];

    // Lock files are never registry state, so a folder holding only them is empty.
    private static bool HasFiles(string folder) =>
        Directory.Exists(folder)
        && Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Any(f => !Path.GetFileName(f).StartsWith(".lock", StringComparison.Ordinal));

    /// <summary>
    /// Commits <paramref name="root"/> on top of what <see cref="Pull"/> fetched and pushes it; nothing is pushed when
    /// the files are unchanged. Refused when the branch moved since the pull.
    /// </summary>
    public SyncResult Push(string root, string message, string author)
    {
        if (!Directory.Exists(root))
        {
            throw new InputException(root, null, null, "no registry folder to push");
        }
        var parent = _git.Try("rev-parse", "--verify", "--quiet", $"{_trackingRef}^{{commit}}") is { ExitCode: 0, Output: var found } ? found : null;
        var tree = WriteTree(Path.GetFullPath(root));
        if (parent is not null && _git.Run("rev-parse", $"{parent}^{{tree}}") == tree)
        {
            return new SyncResult(Branch, parent, Changed: false);
        }
        var commit = Commit(tree, parent, message, author);
        var push = _git.Try("push", "--quiet", _remote, $"{commit}:refs/heads/{Branch}");
        if (push.ExitCode != 0)
        {
            // With nothing pulled, the commit above is a root commit, which an existing branch always refuses.
            var cause = parent is null
                ? $"this clone has not pulled it: run `mlops model sync pull` first (before this job changes the registry), then redo the change"
                : "if another job wrote to it since this one pulled, re-run this job so it starts from the new state";
            throw new MlopsException($"the registry branch '{Branch}' was not updated: {Reason(push.Error)} — {cause}", ExitCodes.CheckFailed);
        }
        _git.Run("update-ref", _trackingRef, commit);
        return new SyncResult(Branch, commit, Changed: true);
    }

    // git's own lines without its hints, on one line.
    private static string Reason(string error) =>
        string.Join("; ", error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(line => !line.StartsWith("hint:", StringComparison.Ordinal)));

    // A private index over the registry folder: the checkout's index and .gitignore play no part.
    private string WriteTree(string root)
    {
        var gitDirectory = _git.Run("rev-parse", "--absolute-git-dir");
        var index = Path.Combine(Path.GetTempPath(), $"mlops-registry-index-{Guid.NewGuid():N}");
        try
        {
            var git = new Git(root, new Dictionary<string, string>
            {
                ["GIT_DIR"] = gitDirectory,
                ["GIT_WORK_TREE"] = root,
                ["GIT_INDEX_FILE"] = index,
            });
            // The registry's lock files are held only while a command runs; they are never state.
            git.Run("add", "--all", "--force", "--", ".", ":(exclude,glob)**/.lock*");
            return git.Run("write-tree");
        }
        finally
        {
            File.Delete(index);
        }
    }

    private string Commit(string tree, string? parent, string message, string author)
    {
        var identity = new Dictionary<string, string>
        {
            ["GIT_AUTHOR_NAME"] = author,
            ["GIT_AUTHOR_EMAIL"] = $"{author}@users.noreply.github.com",
            ["GIT_COMMITTER_NAME"] = author,
            ["GIT_COMMITTER_EMAIL"] = $"{author}@users.noreply.github.com",
        };
        var git = new Git(_git.WorkingDirectory, _git.Environment.Concat(identity).ToDictionary());
        return parent is null
            ? git.Run("commit-tree", tree, "-m", message)
            : git.Run("commit-tree", tree, "-p", parent, "-m", message);
    }
}
