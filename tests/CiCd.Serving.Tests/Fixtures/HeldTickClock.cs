namespace CiCd.Serving.Tests.Fixtures;

/// <summary>
/// A clock whose timers never tick by themselves: a test starts a tick, holds it at a gate as if the callback had just
/// begun, and releases it when it chooses. Disposing a timer waits for a running tick, as disposing a file watch or a
/// token registration waits for its running callback; that is the wait a lock held across Dispose turns into a deadlock.
/// </summary>
public sealed class HeldTickClock : TimeProvider
{
    private readonly List<HeldTimer> _timers = [];

    /// <summary>The timers created so far, oldest first.</summary>
    public IReadOnlyList<HeldTimer> Timers
    {
        get
        {
            lock (_timers)
            {
                return [.. _timers];
            }
        }
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new HeldTimer(callback, state);
        lock (_timers)
        {
            _timers.Add(timer);
        }
        return timer;
    }

    /// <summary>One timer of the clock.</summary>
    public sealed class HeldTimer(TimerCallback callback, object? state) : ITimer
    {
        // Long enough for any machine, short enough that a deadlocked test fails instead of hanging the run.
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
        private readonly ManualResetEventSlim _gate = new();
        private readonly ManualResetEventSlim _tickDone = new(initialState: true);
        private readonly TaskCompletionSource _disposeEntered = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Completes when someone has begun to dispose the timer.</summary>
        public Task DisposeEntered => _disposeEntered.Task;

        /// <summary>Starts a tick on a pool thread that waits at the gate before it runs the callback.</summary>
        public Task TickHeld()
        {
            _tickDone.Reset();
            return Task.Run(() =>
            {
                try
                {
                    _gate.Wait(Patience);
                    callback(state);
                }
                finally
                {
                    _tickDone.Set();
                }
            });
        }

        /// <summary>Lets a held tick run its callback.</summary>
        public void Release() => _gate.Set();

        /// <inheritdoc />
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        /// <inheritdoc />
        public void Dispose()
        {
            _disposeEntered.TrySetResult();
            if (!_tickDone.Wait(Patience))
            {
                throw new TimeoutException("a tick of this timer never finished");
            }
        }

        /// <inheritdoc />
        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
