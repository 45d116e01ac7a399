using CiCd.Errors;
using CiCd.Registry;
using CiCd.Registry.Versions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace CiCd.Serving.Model;

/// <summary>
/// A registered model: <c>name@alias</c> follows the alias as it is promoted or rolled back, <c>name@3</c> pins a version
/// that never moves. Files come verified against the version record's sha256. The alias is watched two ways, because
/// file watchers miss changes on some mounts: a watcher on the model's registry.json and a poll of it; either one
/// signals only when the alias points at another version than it did when <see cref="Watch"/> was called.
/// </summary>
public sealed class RegistryModelSource : IModelSource, IDisposable
{
    private readonly ModelRegistry _registry;
    private readonly VersionReference _reference;
    private readonly string _root;
    private readonly RegistryWatch _watch;
    private readonly Lock _sync = new();
    private CancellationTokenSource _changed = new();
    private int? _watched;
    private PhysicalFileProvider? _files;
    private IDisposable? _fileWatch;
    private ITimer? _poll;
    private bool _disposed;

    /// <summary>Serves <paramref name="reference"/> (<c>name@alias</c> or <c>name@version</c>) from the registry at <paramref name="root"/>.</summary>
    /// <exception cref="ModelRejectedException">The reference is malformed, or names a model, alias or version the registry does not have.</exception>
    public RegistryModelSource(string root, string reference, RegistryWatch watch)
    {
        _root = Path.GetFullPath(root);
        _watch = watch;
        Description = $"{reference} in the registry {_root}";
        try
        {
            _reference = VersionReference.Parse(reference);
            _registry = new ModelRegistry(new RegistryOptions { Root = _root });
            // Refuse to start on a name or alias that is not there: serving nothing, silently, helps nobody.
            _registry.GetVersion(_reference.Model, _reference.Selector);
        }
        catch (MlopsException e)
        {
            throw new ModelRejectedException("missing", $"cannot serve {Description}: {e.Message}", e);
        }
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public string ChangeTrigger => "alias";

    /// <inheritdoc />
    public ModelFiles Locate()
    {
        try
        {
            var loaded = _registry.Load(_reference.Model, _reference.Selector);
            var version = loaded.Version.Version;
            return new ModelFiles(loaded.ModelPath, loaded.CardPath, version.ToString(System.Globalization.CultureInfo.InvariantCulture),
                new RegistryOrigin(_root, _reference.Model, _reference.Alias, version));
        }
        catch (InputException e)
        {
            throw new ModelRejectedException("missing", $"{Description}: {e.Message}", e);
        }
        catch (MlopsException e)
        {
            // The registry recorded other bytes than those on disk (or lost the file): the version is damaged.
            throw new ModelRejectedException("checksum", e.Message, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Caught between a delete and a create (a non-atomic copy or pull): refused now, retried on the next change.
            throw new ModelRejectedException("missing", $"{Description}: the registry cannot be read ({e.Message})", e);
        }
    }

    /// <inheritdoc />
    public IChangeToken Watch()
    {
        if (_reference.Alias is null)
        {
            return NullChangeToken.Singleton;
        }
        lock (_sync)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            Start();
            _watched = Target();
            if (_changed.IsCancellationRequested)
            {
                // A fired source is done: the tokens handed out from it stay cancelled after Dispose, and a listener that
                // registers on one late is still called at once.
                _changed.Dispose();
                _changed = new CancellationTokenSource();
            }
            return new CancellationChangeToken(_changed.Token);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        ITimer? poll;
        IDisposable? fileWatch;
        PhysicalFileProvider? files;
        lock (_sync)
        {
            if (_disposed)
            {
                return;
            }
            // Marked under the lock, so a tick or a file event that gets the lock next does nothing.
            _disposed = true;
            (poll, fileWatch, files) = (_poll, _fileWatch, _files);
            _changed.Dispose();
        }
        // Released outside the lock: disposing the file watch waits for a callback that is running, and that callback
        // (Check) waits for the lock; holding it here deadlocked shutdown whenever the registry changed at that moment.
        poll?.Dispose();
        fileWatch?.Dispose();
        files?.Dispose();
    }

    private void Start()
    {
        if (_poll is not null)
        {
            return;
        }
        _poll = _watch.Clock.CreateTimer(_ => Check(), null, _watch.PollInterval, _watch.PollInterval);
        if (_watch.FileWatcher)
        {
            var document = _registry.DocumentOf(_reference.Model);
            _files = new PhysicalFileProvider(Path.GetDirectoryName(document)!);
            _fileWatch = ChangeToken.OnChange(() => _files.Watch(Path.GetFileName(document)), Check);
        }
    }

    private void Check()
    {
        lock (_sync)
        {
            // Cancelling under the lock keeps a timer tick racing Dispose from touching a disposed source; Lock is
            // re-entrant, so a listener that calls Watch from its callback does not deadlock.
            if (!_disposed && !_changed.IsCancellationRequested && Target() != _watched)
            {
                _changed.Cancel();
            }
        }
    }

    // A registry file caught unreadable counts as "no version"; the reload it triggers then reports what is wrong. This
    // runs on timer and file-watcher threads too, where an escaping exception would end the process.
    private int? Target()
    {
        try
        {
            return _registry.FindByAlias(_reference.Model, _reference.Alias!)?.Version;
        }
        catch (Exception e) when (e is MlopsException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
