using System.Globalization;
using CiCd.Configuration;
using CiCd.Data;
using CiCd.Monitoring.Scenarios;

namespace CiCd.Monitoring.Tests.Scenarios;

public sealed class ScenarioGeneratorTests
{
    private const string Config = """
        dataset:
          name: tiny
          path: tiny.csv
          target: class
          task: binary
          classes: [good, bad]
          positive_class: bad
          columns:
            age: numeric
            income: numeric
            colour: categorical
            class: categorical
        training:
          candidates:
            - trainer: logistic_regression
        """;

    // 1000 rows: whole-number ages 20..69, incomes with decimals, three colours, 30% bad.
    private static ScenarioGenerator Generator(out CsvTable table)
    {
        var rows = Enumerable.Range(0, 1000).Select(i =>
            $"{20 + (i % 50)},{(1000 + (i * 7.25)).ToString(CultureInfo.InvariantCulture)},{new[] { "red", "green", "blue" }[i % 3]},{(i % 10 < 3 ? "bad" : "good")}");
        table = CsvReader.Parse("tiny.csv", "age,income,colour,class\n" + string.Join("\n", rows) + "\n");
        return new ScenarioGenerator(table, ConfigLoader.Parse("/tmp/mlops.yaml", Config).Dataset);
    }

    private static double[] Numbers(CsvTable table, string column) =>
        [.. table.Rows.Select(r => r.Values[table.IndexOf(column)]).Where(v => v is not null).Select(v => double.Parse(v!, CultureInfo.InvariantCulture))];

    private static double Share(CsvTable table, string column, string? value) =>
        table.Rows.Count(r => r.Values[table.IndexOf(column)] == value) / (double)table.Rows.Count;

    public sealed class TheGenerateMethod
    {
        private static readonly int[] All = [.. Enumerable.Range(0, 1000)];

        [Fact]
        public void Should_Give_The_Same_Sample_For_The_Same_Seed()
        {
            // Given
            var generator = Generator(out _);

            // When
            var first = generator.Generate(All, 200, [], seed: 3);
            var second = generator.Generate(All, 200, [], seed: 3);

            // Then
            Assert.Equal(first.Rows.Select(r => string.Join(",", r.Values)), second.Rows.Select(r => string.Join(",", r.Values)));
        }

        [Fact]
        public void Should_Move_The_Mean_By_The_Size_In_Standard_Deviations_And_Keep_Whole_Numbers_Whole()
        {
            // Given
            var generator = Generator(out var table);
            var before = Numbers(table, "age");
            var std = Math.Sqrt(before.Select(v => (v - before.Average()) * (v - before.Average())).Average());

            // When
            var shifted = Numbers(generator.Generate(All, 1000, [new Shift(ShiftKind.MeanShift, "age", 0.5)], seed: 1), "age");

            // Then
            Assert.Equal(before.Average() + (0.5 * std), shifted.Average(), 0.5);
            Assert.All(shifted, v => Assert.Equal(Math.Floor(v), v));
        }

        [Fact]
        public void Should_Spread_Values_Around_The_Mean_By_The_Scale_Factor()
        {
            // Given
            var generator = Generator(out var table);
            var before = Numbers(table, "income");

            // When
            var scaled = Numbers(generator.Generate(All, 1000, [new Shift(ShiftKind.ScaleShift, "income", 2)], seed: 1), "income");

            // Then
            Assert.Equal(before.Average(), scaled.Average(), 6);
            Assert.Equal(2 * (before.Max() - before.Min()), scaled.Max() - scaled.Min(), 6);
        }

        [Fact]
        public void Should_Replace_About_The_Given_Share_With_A_New_Category()
        {
            // Given
            var generator = Generator(out _);

            // When
            var sample = generator.Generate(All, 1000, [new Shift(ShiftKind.NewCategory, "colour", 0.2)], seed: 1);

            // Then
            Assert.InRange(Share(sample, "colour", Shift.NewCategoryLabel), 0.16, 0.24);
        }

        [Fact]
        public void Should_Blank_About_The_Given_Share()
        {
            // Given
            var generator = Generator(out _);

            // When
            var sample = generator.Generate(All, 1000, [new Shift(ShiftKind.MissingRate, "income", 0.3)], seed: 1);

            // Then
            Assert.InRange(Share(sample, "income", null), 0.26, 0.34);
        }

        [Fact]
        public void Should_Raise_The_Positive_Class_Share_By_The_Size()
        {
            // Given
            var generator = Generator(out _);

            // When
            var sample = generator.Generate(All, 500, [new Shift(ShiftKind.LabelShift, "class", 0.2)], seed: 1);

            // Then
            Assert.Equal(0.5, Share(sample, "class", "bad"), 6);
        }
        [Fact]
        public void Should_Repeat_Pool_Rows_When_Drawing_With_Replacement()
        {
            // Given: a pool of ten rows, ages 20..29
            var generator = Generator(out _);
            int[] pool = [.. Enumerable.Range(0, 10)];

            // When
            var sample = generator.Generate(pool, 50, [], seed: 2, withReplacement: true);

            // Then
            var ages = Numbers(sample, "age");
            Assert.Equal(50, ages.Length);
            Assert.All(ages, a => Assert.InRange(a, 20, 29));
        }

        [Fact]
        public void Should_Not_Repeat_A_Row_Without_Replacement_While_The_Pool_Lasts()
        {
            // Given
            var generator = Generator(out _);
            int[] pool = [.. Enumerable.Range(0, 50)];

            // When
            var sample = generator.Generate(pool, 50, [], seed: 2);

            // Then: ages 20..69 are unique within the first 50 rows
            Assert.Equal(50, Numbers(sample, "age").Distinct().Count());
        }

        [Fact]
        public void Should_Hit_The_Shifted_Class_Share_When_Drawing_With_Replacement()
        {
            // Given
            var generator = Generator(out _);

            // When
            var sample = generator.Generate(All, 2000, [new Shift(ShiftKind.LabelShift, "class", 0.2)], seed: 1, withReplacement: true);

            // Then
            Assert.Equal(0.5, Share(sample, "class", "bad"), 6);
        }
    }

    public sealed class TheResampleMethod
    {
        [Fact]
        public void Should_Draw_More_Rows_Than_The_Table_Holds_With_Repeats()
        {
            // Given
            var generator = Generator(out _);

            // When
            var rows = generator.Resample(5000, seed: 4);

            // Then
            Assert.Equal(5000, rows.Length);
            Assert.All(rows, r => Assert.InRange(r, 0, 999));
            Assert.True(rows.Distinct().Count() < 1000);
        }

        [Fact]
        public void Should_Give_The_Same_Rows_For_The_Same_Seed()
        {
            // Given
            var generator = Generator(out _);

            // When
            var first = generator.Resample(300, seed: 8);
            var second = generator.Resample(300, seed: 8);

            // Then
            Assert.Equal(first, second);
        }
    }

    public sealed class TheSplitMethod
    {
        [Fact]
        public void Should_Part_The_Rows_Into_Reference_And_Pool_Without_Overlap()
        {
            // Given
            var generator = Generator(out _);

            // When
            var (reference, pool) = generator.Split(600, seed: 9);

            // Then
            Assert.Equal(600, reference.Length);
            Assert.Equal(400, pool.Length);
            Assert.Equal(1000, reference.Concat(pool).Distinct().Count());
        }
    }
}
