using CiCd.Testing.Postgres;
using CiCd.Tracking.Benchmarks;
using CiCd.Tracking.Store;

// Usage: CiCd.Tracking.Benchmarks [METRICS=10000] [RUNS=1000]. PostgreSQL is started here, with its
// default durability, unless MLOPS_BENCH_POSTGRES holds a connection string to an existing server.
var metrics = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000;
var workloads = new StoreWorkloads(metrics, runs, listRepeats: 5);
var folder = Directory.CreateTempSubdirectory("mlops-tracking-bench-");
var external = Environment.GetEnvironmentVariable("MLOPS_BENCH_POSTGRES");
using var server = string.IsNullOrEmpty(external) ? PostgresInstance.Start(durable: true) : null;
var postgres = TrackingLocation.Postgres(external is { Length: > 0 } ? external : server!.CreateDatabase("bench"));
var sqlite = TrackingLocation.Sqlite(Path.Combine(folder.FullName, "tracking.db"));

var results = new List<Measurement>();
foreach (var (name, location) in new[] { ("sqlite", sqlite), ("postgresql", postgres) })
{
    using var store = ExperimentStoreFactory.Open(location);
    results.AddRange(workloads.Run(name, store));
}
folder.Delete(recursive: true);

Console.Write(ResultTable.Text(results));
Console.WriteLine(ResultTable.Json(results, new Dictionary<string, object>
{
    ["metrics"] = metrics,
    ["runs"] = runs,
    ["cores"] = Environment.ProcessorCount,
    ["dotnet"] = Environment.Version.ToString(),
}));
