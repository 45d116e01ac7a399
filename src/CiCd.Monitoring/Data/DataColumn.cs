namespace CiCd.Monitoring.Data;

/// <summary>One named column of a table, held as an array so statistics run column by column.</summary>
public abstract record DataColumn(string Name)
{
    /// <summary>Number of rows, missing ones included.</summary>
    public abstract int Length { get; }

    /// <summary>Number of missing values.</summary>
    public abstract int MissingCount();
}
