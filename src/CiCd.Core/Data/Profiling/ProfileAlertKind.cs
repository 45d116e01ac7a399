namespace CiCd.Data.Profiling;

/// <summary>What a profile alert is about.</summary>
public enum ProfileAlertKind
{
    /// <summary>A column with a single value.</summary>
    Constant,

    /// <summary>A column whose most frequent value fills nearly every row.</summary>
    NearConstant,

    /// <summary>Every value differs: an identifier, useless or harmful as a feature.</summary>
    Identifier,

    /// <summary>A large share of the values is missing.</summary>
    HighMissing,

    /// <summary>A categorical column with very many levels.</summary>
    HighCardinality,

    /// <summary>One class of the target is rare.</summary>
    ClassImbalance,

    /// <summary>A column in the file that the config does not declare.</summary>
    NotInConfig,

    /// <summary>Declared and inferred kinds disagree.</summary>
    KindMismatch,

    /// <summary>A single feature predicts the target suspiciously well.</summary>
    PossibleLeakage,

    /// <summary>Two features carry nearly the same information.</summary>
    HighCorrelation,

    /// <summary>A text other tools read as missing (<c>NA</c>, <c>null</c>) is read here as a value.</summary>
    MissingLookAlike,

    /// <summary>Identical rows.</summary>
    DuplicateRows,
}
