using CiCd.Configuration;
using CiCd.Train;

namespace CiCd.Monitoring.Predictions;

/// <summary>How a model turns probabilities into a class: its task, classes (binary: negative, positive) and decision threshold.</summary>
public sealed record PredictionSpec(TaskKind Task, IReadOnlyList<string> Classes, double Threshold)
{
    /// <summary>True for a model that predicts a number (no classes, no probabilities).</summary>
    public bool IsRegression => Task == TaskKind.Regression;

    /// <summary>The spec recorded in a model card.</summary>
    public static PredictionSpec From(ModelCard card) => new(card.Task, card.Classes, card.Threshold);

    /// <summary>The answer for one row; a logged label wins over the one derived from the probabilities.</summary>
    public PredictedRow FromProbabilities(double[] probabilities, string? loggedLabel)
    {
        if (probabilities.Any(p => !double.IsFinite(p)))
        {
            return new PredictedRow(loggedLabel, double.NaN, null);
        }
        if (Task == TaskKind.Binary)
        {
            var positive = probabilities[1];
            return new PredictedRow(loggedLabel ?? Classes[positive >= Threshold ? 1 : 0], positive, probabilities);
        }
        var best = 0;
        for (var i = 1; i < probabilities.Length; i++)
        {
            if (probabilities[i] > probabilities[best])
            {
                best = i;
            }
        }
        return new PredictedRow(loggedLabel ?? Classes[best], probabilities[best], probabilities);
    }
}
