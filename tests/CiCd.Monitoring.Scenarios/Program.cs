using System.Diagnostics;
using System.Text.Json;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Monitoring.Policy;
using CiCd.Monitoring.Scenarios.Study;

// Detection rate against shift size for each drift test on the German credit data, and the false-alarm rate of
// every column compared by categories; prints tables and one JSON line.
var options = StudyOptions.Parse(args);
var config = ConfigLoader.Load(options.Config);
var table = CsvReader.Read(config.Dataset.Path);
if (options.Check(table.Rows.Count) is { } problem)
{
    Console.Error.WriteLine(problem);
    return 2;
}
var study = new DetectionStudy(options, config.Dataset, table);
var clock = Stopwatch.StartNew();
var rows = ScenarioCatalog.Shifts(config.Dataset).SelectMany(study.Run).ToList();
var unshifted = ScenarioCatalog.Unshifted(config.Dataset, table, new DriftPolicy().MaxCategoricalDistinct);
var falseAlarms = unshifted.SelectMany(c => study.Run(c.Case)).ToList();
var design = options.Design(table.Rows.Count);
Console.Write(StudyTable.Render(rows, options, design));
Console.Write(FalseAlarmTable.Render(falseAlarms, unshifted.ToDictionary(c => c.Case.ObservedColumn, c => c.Categories), options, design));
Console.WriteLine($"\n{rows.Count + falseAlarms.Count} rows, {options.Repetitions} repetitions each, in {clock.Elapsed.TotalSeconds:F1} s");
Console.WriteLine(JsonSerializer.Serialize(new { options.Repetitions, options.Seed, options.ReferenceRows, options.Resample, rows, falseAlarms },
    new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }));
return 0;
