namespace CiCd.Serving.Model;

/// <summary>
/// Holds the model being served. A request reads <see cref="Current"/> once and keeps that reference, so a
/// swap never changes the model under a request that has started: in-flight work finishes on the old one.
/// </summary>
public sealed class ModelSlot
{
    private ServedModel? _current;

    /// <summary>The model serving now, or null before the first successful load.</summary>
    public ServedModel? Current => Volatile.Read(ref _current);

    /// <summary>Ready means loaded and warmed: the loader warms before anything is swapped in.</summary>
    public bool IsReady => Current is not null;

    /// <summary>Puts <paramref name="model"/> in service; returns the one it replaces.</summary>
    public ServedModel? Swap(ServedModel model) => Interlocked.Exchange(ref _current, model);
}
