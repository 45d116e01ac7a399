using CiCd.Serving.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace CiCd.Serving.Model;

/// <summary>
/// Loads the model when the host starts (the service reports ready only after that), then reloads whenever the
/// source signals a change, after a quiet period so a model and its card rewritten together load once.
/// </summary>
public sealed class ModelWatcher(IModelSource source, ModelReloader reloader, IOptions<ServingOptions> options) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WatchModel)
        {
            // Watching starts the source's watchers and poll timer: none of that runs for a model that is never reloaded.
            await reloader.ReloadAsync("startup", stoppingToken);
            return;
        }
        // Take the change token before each load so a rewrite during the load is not missed.
        var changed = source.Watch();
        await reloader.ReloadAsync("startup", stoppingToken);
        var quiet = TimeSpan.FromMilliseconds(options.Value.ReloadDebounceMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            await ChangeAsync(changed, stoppingToken);
            await Task.Delay(quiet, stoppingToken);
            changed = source.Watch();
            await reloader.ReloadAsync(source.ChangeTrigger, stoppingToken);
        }
    }

    private static async Task ChangeAsync(IChangeToken token, CancellationToken stoppingToken)
    {
        var fired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = token.RegisterChangeCallback(_ => fired.TrySetResult(), null);
        await fired.Task.WaitAsync(stoppingToken);
    }
}
