namespace CiCd.Monitoring.Benchmarks;

/// <summary>The figures computed for one column, printed so run.sh can check C# and scipy agree.</summary>
internal sealed record ColumnResult(int Column, double KsStatistic, double KsPValue, double Psi, double JensenShannon);
