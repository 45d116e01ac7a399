namespace CiCd.Monitoring.Data;

/// <summary>A categorical column; null marks a missing value.</summary>
public sealed record CategoricalColumn(string Name, string?[] Values) : DataColumn(Name)
{
    /// <inheritdoc />
    public override int Length => Values.Length;

    /// <inheritdoc />
    public override int MissingCount() => Values.Count(v => v is null);
}
