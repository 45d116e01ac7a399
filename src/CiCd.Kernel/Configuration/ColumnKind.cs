namespace CiCd.Configuration;

/// <summary>How a column is featurized: numbers are imputed and normalized, categories one-hot encoded,
/// ordinals mapped to their rank, ignored columns dropped.</summary>
public enum ColumnKind
{
    /// <summary>A number; missing values are replaced by the training mean.</summary>
    Numeric,

    /// <summary>A category without order; one-hot encoded.</summary>
    Categorical,

    /// <summary>A category with a declared order; mapped to its rank.</summary>
    Ordinal,

    /// <summary>Kept in the file, not used by the model (identifiers, free text).</summary>
    Ignore,
}
