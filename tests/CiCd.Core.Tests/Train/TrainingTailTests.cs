using CiCd.Core.Tests.Fixtures;
using CiCd.Train;

namespace CiCd.Core.Tests.Train;

public sealed class TrainingTailTests
{
    // A refit on 1.25× a unit's rows, a read of 10 s, then two steps costing one and two reads.
    private static TrainingTail Tail(TimeSpan step) => new(new SteppingClock(step), refitScale: 1.25, TimeSpan.FromSeconds(10), [1, 2]);

    public sealed class TheEstimateMethod
    {
        [Fact]
        public void Should_Cost_The_Refit_As_A_Unit_Scaled_By_Its_Rows_And_The_Rest_As_Reads()
        {
            // Given a unit of 40 s
            var tail = Tail(TimeSpan.FromSeconds(1));

            // When
            var estimate = tail.Estimate(TimeSpan.FromSeconds(40));

            // Then 40 × 1.25 for the refit, 10 × (1 + 2) for the rest
            Assert.Equal(TimeSpan.FromSeconds(80), estimate);
        }
    }

    public sealed class TheBeginMethod
    {
        [Fact]
        public void Should_Count_The_Whole_Tail_When_The_Refit_Begins()
        {
            // Given
            var tail = Tail(TimeSpan.FromSeconds(1));

            // When
            var remaining = tail.Begin(TimeSpan.FromSeconds(40));

            // Then
            Assert.Equal(TimeSpan.FromSeconds(80), remaining);
            Assert.Equal(1, tail.Begun);
            Assert.Equal(3, tail.Steps);
        }

        [Fact]
        public void Should_Rescale_The_Steps_Left_By_How_Far_The_Finished_Ones_Were_Off()
        {
            // Given a clock that moves 100 s per reading: the refit, estimated at 50 s, took 100 s
            var tail = Tail(TimeSpan.FromSeconds(100));
            tail.Begin(TimeSpan.FromSeconds(40));

            // When
            var remaining = tail.Begin(TimeSpan.FromSeconds(40));

            // Then the two steps left (10 s and 20 s) at twice their estimate
            Assert.Equal(TimeSpan.FromSeconds(60), remaining);
        }

        [Fact]
        public void Should_Leave_The_Last_Step_Its_Own_Time_Not_Zero()
        {
            // Given every step took exactly its estimate so far: the refit 50 s, then 10 s
            var clock = new ScriptedClock(0, 50, 60);
            var tail = new TrainingTail(clock, 1.25, TimeSpan.FromSeconds(10), [1, 2]);
            tail.Begin(TimeSpan.FromSeconds(40));
            tail.Begin(TimeSpan.FromSeconds(40));

            // When the last step begins
            var remaining = tail.Begin(TimeSpan.FromSeconds(40));

            // Then
            Assert.Equal(TimeSpan.FromSeconds(20), remaining);
        }
    }

    public sealed class TheRefitUnitMethod
    {
        [Fact]
        public void Should_Take_A_Units_Own_Time_For_A_Single_Threaded_Refit_After_Folds_Ran_Two_At_A_Time()
        {
            // Given 40 unit-seconds done in 20 s of wall time (two units at a time), the selected candidate's units 10 s each

            // When the refit's trainer fits on one thread
            var unit = TrainingTail.RefitUnit(own: 10, total: 40, TimeSpan.FromSeconds(20), threads: 1);

            // Then it takes a unit's own 10 s alone, not the 5 s of wall time a unit took while another ran beside it
            Assert.Equal(TimeSpan.FromSeconds(10), unit);
        }

        [Fact]
        public void Should_Take_The_Searchs_Wall_Time_Per_Unit_Second_When_The_Refit_Has_The_Threads_To_Match()
        {
            // When the refit's trainer fits on two threads (or more) after the same search
            var two = TrainingTail.RefitUnit(own: 10, total: 40, TimeSpan.FromSeconds(20), threads: 2);
            var eight = TrainingTail.RefitUnit(own: 10, total: 40, TimeSpan.FromSeconds(20), threads: 8);

            // Then
            Assert.Equal(TimeSpan.FromSeconds(5), two);
            Assert.Equal(TimeSpan.FromSeconds(5), eight);
        }

        [Fact]
        public void Should_Take_The_Wall_Time_Per_Unit_When_Units_Waited_For_Each_Other()
        {
            // Given LightGBM's four 1 s fits, one at a time (ML.NET's lock) though two units were started together: 4 s of wall
            // time, 7 unit-seconds counting the waits (1 + 2 + 2 + 2), the selected candidate's units 1.75 s on average

            // When its refit fits on every core
            var unit = TrainingTail.RefitUnit(own: 1.75, total: 7, TimeSpan.FromSeconds(4), threads: 2);

            // Then a fit's own second
            Assert.Equal(1, unit.TotalSeconds, precision: 9);
        }

        [Fact]
        public void Should_Take_A_Units_Own_Time_For_Units_Merged_From_Shards()
        {
            // When no wall time was measured here
            var unit = TrainingTail.RefitUnit(own: 10, total: 40, wall: null, threads: 4);

            // Then
            Assert.Equal(TimeSpan.FromSeconds(10), unit);
        }
    }

    /// <summary>A clock that reads the given seconds in turn.</summary>
    private sealed class ScriptedClock(params double[] seconds) : TimeProvider
    {
        private int _next;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => TimeSpan.FromSeconds(seconds[_next++]).Ticks;
    }
}
