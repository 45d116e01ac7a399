using CiCd.Configuration;

namespace CiCd.Monitoring.Performance;

/// <summary>
/// How far a classifier's probabilities are from the frequencies they promise, on labelled rows. Binary: the
/// positive-class probability against whether the row is positive, as scikit-learn's <c>brier_score_loss</c> and
/// <c>calibration_curve(strategy="uniform")</c> compute it. Multiclass: the Brier score sums the squared differences
/// over the classes (0 to 2), and the bins hold the top probability against whether the top class was right.
/// The expected calibration error is Σ (rows in bin / rows) · |mean probability − observed rate| over
/// <see cref="Bins"/> equal-width bins of [0, 1].
/// </summary>
/// <param name="Brier">The Brier score (lower is better).</param>
/// <param name="Ece">The expected calibration error (lower is better).</param>
/// <param name="Of">What was binned: "positive-class probability" or "top-class probability".</param>
/// <param name="Table">The reliability table: every bin, empty ones with a count of 0.</param>
public sealed record Calibration(double Brier, double Ece, string Of, IReadOnlyList<ReliabilityBin> Table)
{
    /// <summary>The number of equal-width bins.</summary>
    public const int Bins = 10;

    /// <summary>Measures labelled rows given as true class indexes and class probabilities.</summary>
    public static Calibration Measure(TaskKind task, IReadOnlyList<int> labels, IReadOnlyList<double[]> probabilities)
    {
        var binary = task == TaskKind.Binary;
        var brier = Enumerable.Range(0, labels.Count).Average(i => binary
            ? Square(probabilities[i][1] - (labels[i] == 1 ? 1 : 0))
            : probabilities[i].Select((p, k) => Square(p - (labels[i] == k ? 1 : 0))).Sum());
        var counts = new int[Bins];
        var predicted = new double[Bins];
        var observed = new double[Bins];
        for (var i = 0; i < labels.Count; i++)
        {
            var (probability, happened) = binary
                ? (probabilities[i][1], labels[i] == 1)
                : (probabilities[i].Max(), ArgMax(probabilities[i]) == labels[i]);
            var bin = BinOf(probability);
            counts[bin]++;
            predicted[bin] += probability;
            observed[bin] += happened ? 1 : 0;
        }
        var table = Enumerable.Range(0, Bins).Select(b => new ReliabilityBin(b, Edge(b), Edge(b + 1),
            counts[b] == 0 ? null : predicted[b] / counts[b], counts[b] == 0 ? null : observed[b] / counts[b], counts[b])).ToList();
        var ece = table.Where(b => b.Count > 0).Sum(b => (double)b.Count / labels.Count * Math.Abs(b.MeanPredicted!.Value - b.ObservedRate!.Value));
        return new Calibration(brier, ece, binary ? "positive-class probability" : "top-class probability", table);
    }

    // The edges are k × 0.1, as numpy's linspace(0, 1, 11) makes them, and a probability on an edge belongs to the
    // bin below it (numpy's searchsorted), so the bins match scikit-learn's calibration_curve exactly.
    private static int BinOf(double probability)
    {
        var bin = 0;
        while (bin < Bins - 1 && probability > Edge(bin + 1))
        {
            bin++;
        }
        return bin;
    }

    private static double Edge(int k) => k == Bins ? 1.0 : k * (1.0 / Bins);

    private static double Square(double x) => x * x;

    private static int ArgMax(double[] values)
    {
        var best = 0;
        for (var k = 1; k < values.Length; k++)
        {
            if (values[k] > values[best])
            {
                best = k;
            }
        }
        return best;
    }
}
