using System.Threading.Channels;
using CiCd.Serving.Telemetry;

namespace CiCd.Serving.Model;

/// <summary>
/// Loads the source's current version and swaps it in, one attempt at a time. A refused model leaves the
/// previous one serving; the refusal is logged (without any feature value) and counted by reason.
/// </summary>
public sealed class ModelReloader(IModelSource source, ModelLoader loader, ModelSlot slot, ServingMetrics metrics, ILogger<ModelReloader> logger)
{
    // One turn token in a channel of one, instead of a SemaphoreSlim: nothing to dispose. When the host stops (or
    // fails to start) while a reload is loading, the container disposes its singletons before the reload ends, and a
    // disposed semaphore threw in the reload's finally, failing the model watcher with a critical host error.
    private readonly Channel<bool> _turn = OneTurn();

    /// <summary>Attempts a reload; <paramref name="trigger"/> (startup, file, admin) labels the metric and the log line.</summary>
    public async Task<ReloadOutcome> ReloadAsync(string trigger, CancellationToken cancel)
    {
        await _turn.Reader.ReadAsync(cancel);
        try
        {
            var current = slot.Current;
            // Loading reads files and builds scorers: keep it off the caller's thread.
            var loaded = await Task.Run(() => loader.Load(source.Locate(), current), cancel);
            var previous = slot.Swap(loaded);
            metrics.Serving(loaded.Identity.Name, loaded.Identity.Version, loaded.Card.ModelSha256,
                previous is null ? null : (previous.Identity.Name, previous.Identity.Version, previous.Card.ModelSha256));
            metrics.Reloaded(trigger);
            logger.LogInformation("Serving {Model} version {Version} from {Source} (trigger: {Trigger}; replaced: {Previous})",
                loaded.Identity.Name, loaded.Identity.Version, loaded.Source, trigger, previous?.Identity.Version ?? "none");
            return new ReloadOutcome(true, loaded.Identity, null, null);
        }
        catch (ModelRejectedException e)
        {
            metrics.ReloadFailed(e.Reason);
            logger.LogError("Model refused ({Reason}, trigger: {Trigger}): {Message}; still serving {Version}",
                e.Reason, trigger, e.Message, slot.Current?.Identity.Version ?? "nothing");
            return new ReloadOutcome(false, slot.Current?.Identity, e.Reason, e.Message);
        }
        finally
        {
            _turn.Writer.TryWrite(true);
        }
    }

    private static Channel<bool> OneTurn()
    {
        var turn = Channel.CreateBounded<bool>(1);
        turn.Writer.TryWrite(true);
        return turn;
    }
}
