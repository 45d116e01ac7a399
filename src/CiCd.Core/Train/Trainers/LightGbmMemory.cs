using Microsoft.ML;
using Microsoft.ML.Runtime;

namespace CiCd.Train.Trainers;

/// <summary>
/// Frees, before LightGBM starts boosting, the managed memory ML.NET's LightGBM trainer has just let go of. To choose
/// the bins it copies up to 65,536 sampled rows into a <c>double[]</c> and an <c>int[]</c> per feature (on Fashion-MNIST's
/// 60,000 × 784 pixels, half of them non-zero, about 280 MB on the large object heap, plus the arrays it outgrew),
/// hands them to the native dataset and drops them. Only a full collection frees large objects, and the boosting that
/// follows runs in native code and allocates nothing managed, so without this the dead arrays stayed resident through
/// every iteration, on top of LightGBM's own histograms. The collection changes when memory is returned, not a bit of
/// the model.
/// </summary>
public static class LightGbmMemory
{
    /// <summary>
    /// Below this many cells (rows × feature columns) the sampled arrays are a few megabytes, and a full collection on
    /// every fit of a small search (German credit: 130 fits) would cost more time than the memory it returns.
    /// </summary>
    public const long MinimumCells = 1_000_000;

    /// <summary>
    /// Collects (a blocking, compacting, decommitting full collection) as each LightGBM fit on <paramref name="ml"/>
    /// starts boosting, when the fit's table has at least <see cref="MinimumCells"/> cells.
    /// </summary>
    public static void ReleaseBeforeBoosting(MLContext ml, long cells) => ReleaseBeforeBoosting(ml, cells, Collect);

    /// <summary>Calls <paramref name="collect"/> as each LightGBM fit on <paramref name="ml"/> starts boosting, when the table is large enough.</summary>
    public static void ReleaseBeforeBoosting(MLContext ml, long cells, Action collect)
    {
        if (cells >= MinimumCells)
        {
            ReleaseBeforeBoosting(ml, collect);
        }
    }

    private static void ReleaseBeforeBoosting(MLContext ml, Action collect) => ml.Log += (_, e) =>
    {
        // ML.NET opens the channel "Training with LightGBM" after the native dataset is built and before the first
        // iteration, on the thread that fits (LightGbmTrainerBase.TrainModelCore).
        if (e.Kind == ChannelMessageKind.Trace && e.RawMessage == "Channel started"
            && e.Source.EndsWith("; Training with LightGBM", StringComparison.Ordinal))
        {
            collect();
        }
    };

    private static void Collect() => GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}
