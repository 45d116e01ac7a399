namespace CiCd.Monitoring.Data;

/// <summary>A numeric column; NaN marks a missing value (±infinity counts as missing too).</summary>
public sealed record NumericColumn(string Name, double[] Values) : DataColumn(Name)
{
    /// <inheritdoc />
    public override int Length => Values.Length;

    /// <inheritdoc />
    public override int MissingCount() => Values.Count(v => !double.IsFinite(v));
}
