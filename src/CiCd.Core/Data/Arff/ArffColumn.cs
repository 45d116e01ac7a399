namespace CiCd.Data.Arff;

/// <summary>One <c>@attribute</c> declaration: its name, and its categories when nominal.</summary>
public sealed record ArffColumn(string Name, ArffColumnType Type, IReadOnlyList<string> Categories);
