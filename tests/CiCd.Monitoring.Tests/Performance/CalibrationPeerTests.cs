using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CiCd.Configuration;
using CiCd.Monitoring.Performance;
using CiCd.Testing;

namespace CiCd.Monitoring.Tests.Performance;

// Brier score and the reliability table against scikit-learn's brier_score_loss and calibration_curve (Debian's python3).
public sealed class CalibrationPeerTests
{
    private const string Python = "/usr/bin/python3";

    private const string Peer = """
        import json, sys
        import numpy as np
        from sklearn.calibration import calibration_curve
        from sklearn.metrics import brier_score_loss
        data = np.loadtxt(sys.argv[1], delimiter=",")
        y, p = data[:, 0].astype(int), data[:, 1]
        prob_true, prob_pred = calibration_curve(y, p, n_bins=10, strategy="uniform")
        counts = np.bincount(np.searchsorted(np.linspace(0, 1, 11)[1:-1], p), minlength=10)
        counts = counts[counts > 0]
        ece = float(np.sum(counts / len(y) * np.abs(prob_true - prob_pred)))
        print(json.dumps({"brier": float(brier_score_loss(y, p)), "true": prob_true.tolist(), "pred": prob_pred.tolist(), "counts": counts.tolist(), "ece": ece}))
        """;

    public sealed class TheMeasureMethod
    {
        [Fact]
        public void Should_Match_Scikit_Learn_On_Random_Probabilities_With_Some_On_The_Bin_Edges()
        {
            // Given: 600 seeded rows, one in six exactly on an edge k × 0.1 (or the literal 0.3, 0.7 just below 3 × 0.1, 7 × 0.1)
            using var folder = new TempFolder();
            var random = new Random(17);
            double[] edges = [0, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9, 1, 3 * 0.1, 7 * 0.1];
            var rows = Enumerable.Range(0, 600).Select(i =>
            {
                var p = i % 6 == 0 ? edges[random.Next(edges.Length)] : random.NextDouble();
                return (Label: random.NextDouble() < p ? 1 : 0, Positive: p);
            }).ToList();
            var csv = folder.Write("rows.csv", string.Concat(rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Label},{r.Positive:R}\n"))));

            // When
            var calibration = Calibration.Measure(TaskKind.Binary, [.. rows.Select(r => r.Label)], [.. rows.Select(r => new[] { 1 - r.Positive, r.Positive })]);
            var peer = Run(csv);

            // Then
            var filled = calibration.Table.Where(b => b.Count > 0).ToList();
            Assert.Equal(peer.GetProperty("brier").GetDouble(), calibration.Brier, 12);
            Assert.Equal(peer.GetProperty("ece").GetDouble(), calibration.Ece, 12);
            Assert.Equal(peer.GetProperty("counts").EnumerateArray().Select(c => c.GetInt32()), filled.Select(b => b.Count));
            Assert.Equal(peer.GetProperty("true").EnumerateArray().Select(c => c.GetDouble()), filled.Select(b => b.ObservedRate!.Value), (a, b) => Math.Abs(a - b) < 1e-12);
            Assert.Equal(peer.GetProperty("pred").EnumerateArray().Select(c => c.GetDouble()), filled.Select(b => b.MeanPredicted!.Value), (a, b) => Math.Abs(a - b) < 1e-12);
        }
    }

    private static JsonElement Run(string csv)
    {
        Assert.True(File.Exists(Python), $"{Python} is missing: apt-get install python3-sklearn");
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Peer);
        start.ArgumentList.Add(csv);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error.Result);
        return JsonDocument.Parse(output).RootElement;
    }
}
