using CiCd.Errors;
using CiCd.Tracking.Queries;
using CiCd.Tracking.Store;
using CiCd.Tracking.Tests.Store;
using static CiCd.Tracking.Tests.Fixtures.NewRunBuilder;

namespace CiCd.Tracking.Tests.Queries;

public static class RunComparerTests
{
    public sealed class TheCompareMethod : IDisposable
    {
        private readonly SqliteTestBackend _backend = new();
        private readonly IExperimentStore _store;

        public TheCompareMethod() => _store = ExperimentStoreFactory.Open(_backend.ClassStore);

        [Fact]
        public void Should_Line_Up_Params_And_Metrics_With_A_Gap_Where_A_Run_Lacks_One()
        {
            // Given
            var a = Run(new() { ["trainer"] = "fasttree", ["leaves"] = "20" }, new() { ["auc"] = 0.8 });
            var b = Run(new() { ["trainer"] = "fasttree" }, new() { ["auc"] = 0.85, ["f1"] = 0.7 });

            // When
            var comparison = new RunComparer(_store).Compare([a, b]);

            // Then
            Assert.Equal([a, b], comparison.RunIds);
            Assert.Equal(["leaves", "trainer"], comparison.Params.Select(p => p.Name));
            Assert.Equal(["20", null], comparison.Params[0].Values);
            Assert.False(comparison.Params[1].Differs);
            Assert.Equal([0.8, 0.85], comparison.Metrics[0].Values);
            Assert.True(comparison.Metrics[0].Differs);
            Assert.Equal([null, 0.7], comparison.Metrics[1].Values);
        }

        [Fact]
        public void Should_Fail_Naming_An_Unknown_Run()
        {
            // Given
            var known = Run([], []);

            // When
            var error = Assert.Throws<InputException>(() => new RunComparer(_store).Compare([known, "nope"]));

            // Then
            Assert.Contains("unknown run 'nope'", error.Message);
        }

        [Fact]
        public void Should_Refuse_Fewer_Than_Two_Runs()
        {
            // Given
            var only = Run([], []);

            // When
            var error = Assert.Throws<InputException>(() => new RunComparer(_store).Compare([only]));

            // Then
            Assert.Contains("at least two run ids, got 1", error.Message);
        }

        public void Dispose()
        {
            _store.Dispose();
            _backend.Dispose();
        }

        private string Run(Dictionary<string, string> parameters, Dictionary<string, double> metrics)
        {
            var run = ARun().Build();
            _store.StartRun(run);
            _store.LogParams(run.RunId, parameters);
            _store.LogMetrics(run.RunId, metrics.Select(m => new CiCd.Tracking.Runs.Metric(m.Key, m.Value)).ToList());
            return run.RunId;
        }
    }
}
