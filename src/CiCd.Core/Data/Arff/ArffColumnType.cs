namespace CiCd.Data.Arff;

/// <summary>The ARFF attribute types the importer understands.</summary>
public enum ArffColumnType
{
    /// <summary><c>numeric</c>, <c>real</c> or <c>integer</c>.</summary>
    Numeric,

    /// <summary>A <c>{a, b, c}</c> list of categories.</summary>
    Nominal,

    /// <summary><c>string</c>: free text.</summary>
    Text,
}
