using CiCd.Monitoring.Data;
using CiCd.Monitoring.Predictions;

namespace CiCd.Monitoring.Current;

/// <summary>The data under watch, row by row: a CSV file or a stretch of the prediction log.</summary>
public interface ICurrentData
{
    /// <summary>Where it came from, for reports.</summary>
    string Source { get; }

    /// <summary>Number of rows.</summary>
    int RowCount { get; }

    /// <summary>Column names the data holds, for reporting columns the reference does not know.</summary>
    IReadOnlyList<string> ColumnNames { get; }

    /// <summary>When each row was observed; null when the data has no time (a CSV).</summary>
    DateTimeOffset? TimeOf(int row);

    /// <summary>The key delayed labels are joined on: the request id, or the 1-based data row.</summary>
    string KeyOf(int row);

    /// <summary>The schema's columns over the given rows (a column the data lacks is left out).</summary>
    IReadOnlyList<DataColumn> Columns(IReadOnlyList<SchemaColumn> schema, IReadOnlyList<int> rows);

    /// <summary>The model's answer for a row, when the data carries one.</summary>
    PredictedRow? PredictionOf(int row);
}
