using CiCd.Serving.PredictionLog;
using CiCd.Serving.Scoring;

namespace CiCd.Serving.Tests.Fixtures;

/// <summary>Ten awkward records of which three have an answer that is not finite: a NaN regression value, a NaN probability, an infinite score.</summary>
public static class NonFiniteRecords
{
    /// <summary>The records and, in order, those a store keeps.</summary>
    public static (PredictionRecord[] Records, PredictionRecord[] Kept) Create()
    {
        var records = AwkwardRecords.Create()[..10];
        // Record 3 is a regression model's, 4 and 5 a classifier's.
        records[3] = records[3] with { Prediction = Prediction.OfValue(double.NaN) };
        records[4] = records[4] with { Prediction = records[4].Prediction with { Probabilities = [0.5, double.NaN, 0.5] } };
        records[5] = records[5] with { Prediction = records[5].Prediction with { Score = double.PositiveInfinity } };
        return (records, [.. records[..3], .. records[6..]]);
    }
}
