using CiCd.Monitoring.Current;
using CiCd.Monitoring.Log;
using CiCd.Monitoring.Windows;

namespace CiCd.Monitoring.Tests.Windows;

public sealed class WindowPlanTests
{
    private static readonly DateTimeOffset Day1 = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private static LogCurrentData At(params double[] hours) =>
        new("log", [.. hours.Select((h, i) => new PredictionRecord(Day1.AddHours(h), "m", "1", $"r{i}", "{}", null, null))], null);

    public sealed class TheSplitMethod
    {
        [Fact]
        public void Should_Align_Daily_Windows_To_Midnight_Utc()
        {
            // Given
            var data = At(5, 10, 30);

            // When
            var windows = WindowPlan.Split(data, TimeSpan.FromDays(1), null);

            // Then
            Assert.Equal([Day1, Day1.AddDays(1)], windows.Select(w => w.Start));
            Assert.Equal([[0, 1], [2]], windows.Select(w => w.Rows.ToArray()));
        }

        [Fact]
        public void Should_Keep_Empty_Windows_Between_Busy_Ones()
        {
            // Given
            var data = At(1, 73);

            // When
            var windows = WindowPlan.Split(data, TimeSpan.FromDays(1), null);

            // Then
            Assert.Equal([1, 0, 0, 1], windows.Select(w => w.Rows.Count));
        }

        [Fact]
        public void Should_Start_At_Since_When_Given()
        {
            // Given
            var data = At(5, 10, 30);

            // When
            var windows = WindowPlan.Split(data, TimeSpan.FromHours(12), Day1.AddHours(4));

            // Then
            Assert.Equal(Day1.AddHours(4), windows[0].Start);
            Assert.Equal([[0, 1], [], [2]], windows.Select(w => w.Rows.ToArray()));
        }

        [Fact]
        public void Should_Return_No_Window_For_No_Rows()
        {
            // When
            var windows = WindowPlan.Split(At(), TimeSpan.FromDays(1), null);

            // Then
            Assert.Empty(windows);
        }
    }
}
