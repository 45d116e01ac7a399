using CiCd.Serving.Benchmarks;

// Usage: dotnet run -c Release --project tests/CiCd.Serving.Benchmarks -- <model folder> <data csv> [seconds per measure]
return InProcessBenchmark.Run(args[0], args[1], args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
