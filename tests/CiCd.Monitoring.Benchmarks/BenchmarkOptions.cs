using System.Globalization;

namespace CiCd.Monitoring.Benchmarks;

/// <summary>Command-line arguments, read once: the data file, its shape, and how many threads to use.</summary>
internal sealed record BenchmarkOptions(string DataFile, int Rows, int Columns, int Bins, int Threads)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        if (args.Length < 3)
        {
            throw new ArgumentException("usage: CiCd.Monitoring.Benchmarks <data.f64> <rows> <columns> [bins=10] [threads=all]");
        }
        return new BenchmarkOptions(
            args[0],
            int.Parse(args[1], CultureInfo.InvariantCulture),
            int.Parse(args[2], CultureInfo.InvariantCulture),
            args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 10,
            args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : Environment.ProcessorCount);
    }
}
