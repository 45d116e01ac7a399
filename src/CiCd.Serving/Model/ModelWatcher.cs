using CiCd.Serving.Hosting;
using Microsoft.Extensions.Options;

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
        // Watch before the first load so a rewrite during it is not missed.
        var changed = Signal(stoppingToken);
        await reloader.ReloadAsync("startup", stoppingToken);
        if (!options.Value.WatchModel)
        {
            return;
        }
        var quiet = TimeSpan.FromMilliseconds(options.Value.ReloadDebounceMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            await changed;
            await Task.Delay(quiet, stoppingToken);
            changed = Signal(stoppingToken);
            await reloader.ReloadAsync("file", stoppingToken);
        }
    }

    private Task Signal(CancellationToken stoppingToken)
    {
        var fired = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        source.Watch().RegisterChangeCallback(_ => fired.TrySetResult(), null);
        stoppingToken.Register(() => fired.TrySetCanceled(stoppingToken));
        return fired.Task;
    }
}
