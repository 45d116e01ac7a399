using System.Formats.Tar;
using CiCd.Errors;

namespace CiCd.Registry.Sharing;

/// <summary>
/// The registry folder kept on a branch of the repository (e.g. mlops-registry), so that jobs on fresh runners
/// share it: a job pulls the branch into the folder before it reads or writes the registry, and pushes the folder
/// back as one commit on top of what it pulled. The push is never forced, so two jobs that wrote at the same time
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

    /// <summary>Writes the branch's files into <paramref name="root"/>; with no such branch yet, leaves it as it is.</summary>
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
        _git.Run("fetch", "--quiet", "--no-tags", _remote, $"+refs/heads/{Branch}:{_trackingRef}");
        Directory.CreateDirectory(root);
        using var archive = new MemoryStream();
        _git.RunInto(archive, "archive", "--format=tar", _trackingRef);
        archive.Position = 0;
        TarFile.ExtractToDirectory(archive, root, overwriteFiles: true);
        return new SyncResult(Branch, _git.Run("rev-parse", _trackingRef), Changed: true);
    }

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
            throw new MlopsException(
                $"the registry branch '{Branch}' was not updated: {Reason(push.Error)} — if another job wrote to it since this one pulled, re-run this job so it starts from the new state",
                ExitCodes.CheckFailed);
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
