using CiCd.Configuration;
using CiCd.Data.Columnar;

namespace CiCd.Data;

/// <summary>
/// The sha256 of a dataset's canonical content plus its schema: the declared columns in config order,
/// numbers in round-trip form, missing values as one marker. Quoting, line ends, a BOM, column order in
/// the file or undeclared columns do not change it; a changed value, kind or class list does. It is
/// computed while the file is read into columns (<see cref="ColumnarTable.Fingerprint"/>).
/// </summary>
public static class DatasetFingerprint
{
    /// <summary>Computes the fingerprint of <paramref name="table"/> under <paramref name="config"/>.</summary>
    public static string Compute(CsvTable table, DatasetConfig config) => ColumnarReader.FromTable(table, config).Fingerprint;
}
