using System.Diagnostics;
using System.Text.Json;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Monitoring.Policy;
using CiCd.Monitoring.Scenarios;
using CiCd.Monitoring.Scenarios.Study;
using ColumnKind = CiCd.Monitoring.Profiles.ColumnKind;

// Detection rate against shift size for each drift test on the German credit data; prints a table and one JSON line.
var options = StudyOptions.Parse(args);
var config = ConfigLoader.Load(options.Config);
var study = new DetectionStudy(options, config.Dataset, CsvReader.Read(config.Dataset.Path));
DriftTest[] numeric = [DriftTest.KolmogorovSmirnov, DriftTest.Wasserstein, DriftTest.Psi, DriftTest.JensenShannon];
DriftTest[] categorical = [DriftTest.ChiSquare, DriftTest.Psi, DriftTest.JensenShannon];
ScenarioCase[] cases =
[
    new(ShiftKind.MeanShift, "age", "age", ColumnKind.Numeric, [0, 0.1, 0.2, 0.3, 0.5], numeric),
    new(ShiftKind.MeanShift, "credit_amount", "credit_amount", ColumnKind.Numeric, [0, 0.1, 0.2, 0.3, 0.5], numeric),
    new(ShiftKind.ScaleShift, "credit_amount", "credit_amount", ColumnKind.Numeric, [1, 1.1, 1.25, 1.5, 2], numeric),
    new(ShiftKind.NewCategory, "purpose", "purpose", ColumnKind.Categorical, [0, 0.02, 0.05, 0.1, 0.2], categorical),
    new(ShiftKind.MissingRate, "duration", "duration", ColumnKind.Numeric, [0, 0.05, 0.1, 0.2, 0.4], [DriftTest.KolmogorovSmirnov, DriftTest.Psi]),
    new(ShiftKind.LabelShift, config.Dataset.Target, config.Dataset.Target, ColumnKind.Categorical, [0, 0.05, 0.1, 0.2, 0.3], [DriftTest.ZTest, DriftTest.Psi, DriftTest.JensenShannon]),
    new(ShiftKind.LabelShift, config.Dataset.Target, "checking_status", ColumnKind.Categorical, [0, 0.05, 0.1, 0.2, 0.3], categorical),
];
var clock = Stopwatch.StartNew();
var rows = cases.SelectMany(study.Run).ToList();
Console.Write(StudyTable.Render(rows, options));
Console.WriteLine($"\n{rows.Count} rows, {options.Repetitions} repetitions each, in {clock.Elapsed.TotalSeconds:F1} s");
Console.WriteLine(JsonSerializer.Serialize(new { options.Repetitions, options.Seed, options.ReferenceRows, rows },
    new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }));
