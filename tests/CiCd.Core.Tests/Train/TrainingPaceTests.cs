using CiCd.Core.Tests.Fixtures;
using CiCd.Train;

namespace CiCd.Core.Tests.Train;

public sealed class TrainingPaceTests
{
    public sealed class TheCompleteMethod
    {
        [Fact]
        public void Should_Divide_The_Rows_Trained_By_The_Seconds_Since_The_Start()
        {
            // Given a clock that moves 2 s per reading: the start reads 0 s, the first unit 2 s, the second 4 s
            var pace = new TrainingPace(new SteppingClock(TimeSpan.FromSeconds(2)), totalUnits: 10);
            pace.Complete(1000);

            // When
            var figures = pace.Complete(3000);

            // Then
            Assert.Equal(2, figures.Done);
            Assert.Equal(1000.0, figures.RowsPerSecond);
        }

        [Fact]
        public void Should_Estimate_The_Units_Left_At_The_Average_Time_Per_Unit()
        {
            // Given 2 of 10 units in 4 s: 2 s per unit
            var pace = new TrainingPace(new SteppingClock(TimeSpan.FromSeconds(2)), totalUnits: 10);
            pace.Complete(1000);

            // When
            var figures = pace.Complete(1000);

            // Then 8 units left at 2 s each
            Assert.Equal(TimeSpan.FromSeconds(16), figures.Remaining);
        }

        [Fact]
        public void Should_Add_The_Steps_After_The_Units_To_The_Time_Left()
        {
            // Given 2 of 2 units in 4 s, and steps after them costing three units
            var pace = new TrainingPace(new SteppingClock(TimeSpan.FromSeconds(2)), totalUnits: 2, tail: unit => unit * 3);
            pace.Complete(1000);

            // When the last unit ends
            var figures = pace.Complete(1000);

            // Then the time left is the steps after it, not zero
            Assert.Equal(TimeSpan.FromSeconds(6), figures.Remaining);
        }

        [Fact]
        public void Should_Leave_The_Pace_Unknown_Before_Any_Time_Passed()
        {
            // Given a clock that never moves
            var pace = new TrainingPace(new SteppingClock(TimeSpan.Zero), totalUnits: 4);

            // When
            var figures = pace.Complete(500);

            // Then
            Assert.Null(figures.RowsPerSecond);
            Assert.Null(figures.Remaining);
        }

        [Fact]
        public void Should_Count_Every_Unit_Completed_From_Several_Threads()
        {
            // Given
            var pace = new TrainingPace(new SteppingClock(TimeSpan.FromSeconds(1)), totalUnits: 100);

            // When
            Parallel.For(0, 100, _ => pace.Complete(10));

            // Then the 101st reading is at 101 s: 1,000 rows in 101 s, nothing left
            var last = pace.Complete(0);
            Assert.Equal(101, last.Done);
            Assert.Equal(TimeSpan.Zero, last.Remaining);
            Assert.Equal(1000.0 / 101, last.RowsPerSecond!.Value, 9);
        }
    }
}
