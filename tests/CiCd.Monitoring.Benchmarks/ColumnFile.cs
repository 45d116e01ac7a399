using System.Runtime.InteropServices;

namespace CiCd.Monitoring.Benchmarks;

/// <summary>
/// The benchmark data: float64 little-endian, column-major, the reference columns first and then
/// the current columns, as gen_data.py writes them. Each read returns one column, so memory stays
/// bounded by the columns in flight rather than the table.
/// </summary>
internal sealed class ColumnFile(string path, int rows, int columns)
{
    public double[] Reference(int column) => Read(column);

    public double[] Current(int column) => Read(columns + column);

    private double[] Read(int index)
    {
        // Every element is overwritten by the read, so the array need not be zeroed first.
        var values = GC.AllocateUninitializedArray<double>(rows);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        stream.Position = (long)index * rows * sizeof(double);
        stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }
}
