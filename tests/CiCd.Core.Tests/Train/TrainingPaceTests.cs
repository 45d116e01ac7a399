using CiCd.Core.Tests.Fixtures;
using CiCd.Train;

namespace CiCd.Core.Tests.Train;

public sealed class TrainingPaceTests
{
    // Runs unit `unit` for `seconds` of the clock, alone.
    private static TrainingPaceFigures Run(TrainingPace pace, ManualClock clock, int unit, double seconds, int rows = 1000)
    {
        pace.Begin(unit);
        clock.Advance(seconds);
        return pace.Complete(unit, rows);
    }

    public sealed class TheCompleteMethod
    {
        [Fact]
        public void Should_Divide_The_Rows_Trained_By_The_Seconds_Since_The_Start()
        {
            // Given two units of 2 s, one after the other
            var clock = new ManualClock();
            var pace = new TrainingPace(clock, totalUnits: 10);
            Run(pace, clock, 0, 2, rows: 1000);

            // When
            var figures = Run(pace, clock, 1, 2, rows: 3000);

            // Then
            Assert.Equal(2, figures.Done);
            Assert.Equal(1000.0, figures.RowsPerSecond);
        }

        [Fact]
        public void Should_Estimate_The_Units_Left_At_The_Average_Time_Per_Unit()
        {
            // Given 2 of 10 units in 4 s: 2 s per unit
            var clock = new ManualClock();
            var pace = new TrainingPace(clock, totalUnits: 10);
            Run(pace, clock, 0, 2);

            // When
            var figures = Run(pace, clock, 1, 2);

            // Then 8 units left at 2 s each
            Assert.Equal(TimeSpan.FromSeconds(16), figures.Remaining);
        }

        [Fact]
        public void Should_Estimate_A_Trainers_Units_At_Its_Own_Time_Per_Unit()
        {
            // Given four fast units of 1 s, then the first of two slow ones, which takes 10 s
            var clock = new ManualClock();
            var pace = new TrainingPace(clock, ["fast", "fast", "fast", "fast", "slow", "slow"]);
            for (var unit = 0; unit < 4; unit++)
            {
                Run(pace, clock, unit, 1);
            }

            // When
            var figures = Run(pace, clock, 4, 10);

            // Then the last slow unit at the slow trainer's 10 s, not at the run's 14 s / 5 units = 2.8 s
            Assert.Equal(TimeSpan.FromSeconds(10), figures.Remaining);
        }

        [Fact]
        public void Should_Estimate_A_Trainer_Not_Yet_Seen_At_The_Mean_Of_Every_Unit()
        {
            // Given two units of another trainer, of 1 s and 3 s
            var clock = new ManualClock();
            var pace = new TrainingPace(clock, ["a", "a", "b", "b"]);
            Run(pace, clock, 0, 1);

            // When
            var figures = Run(pace, clock, 1, 3);

            // Then two units at 2 s
            Assert.Equal(TimeSpan.FromSeconds(4), figures.Remaining);
        }

        [Fact]
        public void Should_Turn_Unit_Seconds_Into_Wall_Time_At_The_Concurrency_Seen()
        {
            // Given two units of 2 s that ran at the same time
            var clock = new ManualClock();
            var pace = new TrainingPace(clock, totalUnits: 6);
            pace.Begin(0);
            pace.Begin(1);
            clock.Advance(2);
            pace.Complete(0, 1000);

            // When
            var figures = pace.Complete(1, 1000);

            // Then four units of 2 s, two at a time
            Assert.Equal(TimeSpan.FromSeconds(4), figures.Remaining);
        }

        [Fact]
        public void Should_Add_The_Steps_After_The_Units_To_The_Time_Left()
        {
            // Given 2 of 2 units in 4 s, and steps after them costing three units
            var clock = new ManualClock();
            var pace = new TrainingPace(clock, totalUnits: 2, tail: unit => unit * 3);
            Run(pace, clock, 0, 2);

            // When the last unit ends
            var figures = Run(pace, clock, 1, 2);

            // Then the time left is the steps after it, not zero
            Assert.Equal(TimeSpan.FromSeconds(6), figures.Remaining);
        }

        [Fact]
        public void Should_Leave_The_Pace_Unknown_Before_Any_Time_Passed()
        {
            // Given a clock that never moves
            var clock = new ManualClock();
            var pace = new TrainingPace(clock, totalUnits: 4);

            // When
            var figures = Run(pace, clock, 0, 0, rows: 500);

            // Then
            Assert.Null(figures.RowsPerSecond);
            Assert.Null(figures.Remaining);
        }

        [Fact]
        public void Should_Count_Every_Unit_Completed_From_Several_Threads()
        {
            // Given
            var clock = new ManualClock();
            var pace = new TrainingPace(clock, totalUnits: 100);

            // When
            Parallel.For(0, 100, unit =>
            {
                pace.Begin(unit);
                pace.Complete(unit, 10);
            });

            // Then 1,000 rows in the 100 s since the start, nothing left
            clock.Advance(100);
            var last = pace.Now();
            Assert.Equal(100, last.Done);
            Assert.Equal(TimeSpan.Zero, last.Remaining);
            Assert.Equal(10.0, last.RowsPerSecond!.Value, 9);
        }
    }

    public sealed class TheNowMethod
    {
        [Fact]
        public void Should_Grow_The_Time_Left_With_A_Unit_Running_Past_Its_Estimate()
        {
            // Given units of 1 s so far, and the second running for 5 s
            var clock = new ManualClock();
            var pace = new TrainingPace(clock, totalUnits: 3);
            Run(pace, clock, 0, 1);
            pace.Begin(1);
            clock.Advance(5);
            var before = pace.Now();

            // When it runs 5 s more
            clock.Advance(5);
            var after = pace.Now();

            // Then the unit left is taken to last as long as the one past its estimate has run so far
            Assert.Equal((TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)), (before.Remaining, after.Remaining));
        }

        [Fact]
        public void Should_Name_The_Unit_Past_Its_Estimate()
        {
            // Given
            var clock = new ManualClock();
            var pace = new TrainingPace(clock, totalUnits: 3);
            Run(pace, clock, 0, 1);
            pace.Begin(1);

            // When
            clock.Advance(5);
            var figures = pace.Now();

            // Then
            Assert.Equal(new OverdueUnit(1, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(1)), figures.Overdue);
        }

        [Fact]
        public void Should_Count_What_Is_Left_Of_A_Unit_Within_Its_Estimate()
        {
            // Given a unit of 2 s, and the next one running for 1 s
            var clock = new ManualClock();
            var pace = new TrainingPace(clock, totalUnits: 3);
            Run(pace, clock, 0, 2);
            pace.Begin(1);

            // When
            clock.Advance(1);
            var figures = pace.Now();

            // Then its last second and the unit after it, and no unit named as late
            Assert.Equal(TimeSpan.FromSeconds(3), figures.Remaining);
            Assert.Null(figures.Overdue);
        }
    }
}
