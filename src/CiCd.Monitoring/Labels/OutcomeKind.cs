using System.Globalization;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Monitoring.Predictions;

namespace CiCd.Monitoring.Labels;

/// <summary>
/// What a delayed outcome must be: one of a classifier's classes, or for a regression a finite number (NaN and the
/// infinities are refused: they have no error to measure). Outcomes are kept as numbers for the metrics (the class
/// index, or the value) and stored as text (the class, or the number in round-trip form, so "3" and "3.0" are one value).
/// </summary>
public sealed record OutcomeKind(TaskKind Task, IReadOnlyList<string> Classes)
{
    /// <summary>The outcomes of the model a prediction spec describes.</summary>
    public static OutcomeKind Of(PredictionSpec spec) => new(spec.Task, spec.Classes);

    /// <summary>True when outcomes are numbers (a regression).</summary>
    public bool AreNumbers => Task == TaskKind.Regression;

    /// <summary>The outcome as a number, or false with what is wrong (to follow the quoted text in a message).</summary>
    public bool TryRead(string text, out double value, out string problem)
    {
        problem = "";
        if (AreNumbers)
        {
            if (NumberText.TryParse(text, out value))
            {
                return true;
            }
            problem = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                ? "is not a finite number (NaN and infinities have no error to measure)"
                : "is not a number, and the model is a regression";
            return false;
        }
        var index = Classes.ToList().IndexOf(text);
        value = index;
        if (index < 0)
        {
            problem = $"is not one of the model's classes ({string.Join(", ", Classes)})";
        }
        return index >= 0;
    }

    /// <summary>The text stored in the log for an outcome read by <see cref="TryRead"/>.</summary>
    public string Stored(double value) => AreNumbers ? NumberText.Format(value) : Classes[(int)value];
}
