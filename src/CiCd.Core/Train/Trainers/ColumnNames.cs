namespace CiCd.Train.Trainers;

/// <summary>The internal column names the featurizer produces and the trainers read.</summary>
public static class ColumnNames
{
    /// <summary>The assembled feature vector.</summary>
    public const string Features = "Features";

    /// <summary>The label (Boolean for binary, a key for multiclass).</summary>
    public const string Label = "Label";

    /// <summary>The calibrated probability of the positive class (binary).</summary>
    public const string Probability = "Probability";

    /// <summary>The raw score (binary), the class probability vector (multiclass) or the predicted value (regression).</summary>
    public const string Score = "Score";

    /// <summary>The class a classifier decides; a regression model has no such column.</summary>
    public const string PredictedLabel = "PredictedLabel";
}
