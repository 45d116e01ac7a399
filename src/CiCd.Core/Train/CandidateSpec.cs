using System.Globalization;

namespace CiCd.Train;

/// <summary>One trainer with one setting of its hyperparameters: the unit that is cross-validated.</summary>
public sealed record CandidateSpec(string Trainer, IReadOnlyDictionary<string, double> Parameters)
{
    /// <summary>A stable, readable identifier such as <c>light_gbm(learning_rate=0.05,number_of_leaves=8)</c>.</summary>
    public string Id => $"{Trainer}({string.Join(',', Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value.ToString("R", CultureInfo.InvariantCulture)}"))})";
}
