namespace CiCd.Serving.PredictionLog;

/// <summary>
/// How many records the log may hold unwritten, and how many it holds. Requests wait while it holds more, so the
/// writer is never further behind the answers than the room allows; the writer sets the room from its own pace.
/// A batch's next chunk waits already at half the room, so batches never fill it and a single prediction finds room
/// at once even while large batches stream.
/// </summary>
public sealed class LogRoom(long capacity)
{
    private readonly Lock _lock = new();
    private readonly Door _requests = new();
    private readonly Door _chunks = new();
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

    /// <summary>Waits until a new request may queue rows, at most <paramref name="wait"/>; false when it still may not then.</summary>
    public ValueTask<bool> WaitForRequestAsync(TimeSpan wait, CancellationToken cancel) => WaitAsync(_requests, wait, cancel);

    /// <summary>Waits until a batch may queue its next chunk (half the room), at most <paramref name="wait"/>.</summary>
    public ValueTask<bool> WaitForChunkAsync(TimeSpan wait, CancellationToken cancel) => WaitAsync(_chunks, wait, cancel);

    /// <summary>Counts <paramref name="records"/> queued.</summary>
    public void Add(long records) => Change(records, null);

    /// <summary>Counts <paramref name="records"/> written (or dropped by the writer).</summary>
    public void Release(long records) => Change(-records, null);

    /// <summary>Sets the room (at least one record).</summary>
    public void Resize(long records) => Change(0, Math.Max(1, records));

    private async ValueTask<bool> WaitAsync(Door door, TimeSpan wait, CancellationToken cancel)
    {
        Task open;
        lock (_lock)
        {
            open = door.Open;
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

    private void Change(long records, long? capacity)
    {
        TaskCompletionSource? requests, chunks;
        lock (_lock)
        {
            _pending += records;
            _capacity = capacity ?? _capacity;
            requests = _requests.Set(_pending <= _capacity);
            chunks = _chunks.Set(_pending <= _capacity / 2);
        }
        requests?.TrySetResult();
        chunks?.TrySetResult();
    }

    // Open (a completed task) or shut (a task that completes when it opens); changed under the room's lock.
    private sealed class Door
    {
        private TaskCompletionSource _state = Opened();

        public Task Open => _state.Task;

        // Returns the waiters to release (outside the lock) when the door opens.
        public TaskCompletionSource? Set(bool open)
        {
            if (!open && _state.Task.IsCompleted)
            {
                _state = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            return open && !_state.Task.IsCompleted ? _state : null;
        }

        private static TaskCompletionSource Opened()
        {
            var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            open.SetResult();
            return open;
        }
    }
}
