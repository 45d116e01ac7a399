namespace CiCd.Configuration;

/// <summary>The learning task, which decides the trainers and metrics available.</summary>
public enum TaskKind
{
    /// <summary>Two classes, one of them the positive class (for credit risk: the bad applicant).</summary>
    Binary,

    /// <summary>Three or more classes.</summary>
    Multiclass,

    /// <summary>A numeric target: the model predicts a number (demand, price, duration).</summary>
    Regression,
}
