namespace CiCd.Serving.PredictionLog;

/// <summary>
/// How many records the log may hold unwritten, and how many it holds. Requests wait while it holds more, so the
/// writer is never further behind the answers than the room allows; the writer sets the room from its own pace.
/// </summary>
public sealed class LogRoom(long capacity)
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _open = Opened();
    private long _pending;
    private long _capacity = capacity;

    /// <summary>Records queued and not yet written.</summary>
    public long Pending
    {
        get
        {
            lock (_lock)
            {
                return _pending;
            }
        }
    }

    /// <summary>Waits until the log holds no more than its room, at most <paramref name="wait"/>; false when it still does then.</summary>
    public async ValueTask<bool> WaitAsync(TimeSpan wait, CancellationToken cancel)
    {
        Task open;
        lock (_lock)
        {
            open = _open.Task;
        }
        if (open.IsCompleted)
        {
            return true;
        }
        try
        {
            await open.WaitAsync(wait, cancel);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Counts <paramref name="records"/> queued.</summary>
    public void Add(long records) => Change(records, null);

    /// <summary>Counts <paramref name="records"/> written (or dropped by the writer).</summary>
    public void Release(long records) => Change(-records, null);

    /// <summary>Sets the room (at least one record).</summary>
    public void Resize(long records) => Change(0, Math.Max(1, records));

    private void Change(long records, long? capacity)
    {
        TaskCompletionSource? opened = null;
        lock (_lock)
        {
            _pending += records;
            _capacity = capacity ?? _capacity;
            var full = _pending > _capacity;
            if (full && _open.Task.IsCompleted)
            {
                _open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            else if (!full && !_open.Task.IsCompleted)
            {
                opened = _open;
            }
        }
        opened?.TrySetResult();
    }

    private static TaskCompletionSource Opened()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }
}
