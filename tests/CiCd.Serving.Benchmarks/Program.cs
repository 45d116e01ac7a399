using System.Globalization;
using CiCd.Serving.Benchmarks;

// Usage: dotnet run -c Release --project tests/CiCd.Serving.Benchmarks -- <model folder> <data csv> [seconds per measure]
//        dotnet run -c Release --project tests/CiCd.Serving.Benchmarks -- log <model folder> <data csv> [<PostgreSQL URI> [<postmaster pid>]]
return args[0] == "log"
    ? LogPathBenchmark.Run(args[1], args[2], args.Length > 3 ? args[3] : null, args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : null)
    : InProcessBenchmark.Run(args[0], args[1], args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 3);
