using CiCd.Configuration;
using CiCd.Errors;

namespace CiCd.Release.Tests.Configuration;

public static class ReleaseSectionTests
{
    private const string Minimal = """
        dataset:
          name: credit
          path: data.csv
          target: class
          task: binary
          classes: [good, bad]
          positive_class: bad
          columns:
            age: numeric
            class: categorical
        training:
          candidates:
            - trainer: logistic_regression

        """;

    private static MlopsConfig Parse(string extra) => ConfigLoader.Parse("/repo/mlops.yaml", Minimal + extra);

    public sealed class TheReleaseSection
    {
        [Fact]
        public void Should_Read_The_Version_Prefix()
        {
            // When
            var config = Parse("release:\n  version: \"2.3\"\n");

            // Then
            Assert.Equal("2.3", config.Release.VersionPrefix);
        }

        [Fact]
        public void Should_Default_To_0_1_Without_A_Release_Section() =>
            Assert.Equal(ReleaseConfig.DefaultVersionPrefix, Parse("").Release.VersionPrefix);

        [Theory]
        [InlineData("\"1\"")]
        [InlineData("1.2.3")]
        [InlineData("\"01.2\"")]
        [InlineData("v1.2")]
        [InlineData("one")]
        public void Should_Refuse_A_Version_That_Is_Not_Major_Minor_With_Its_Line(string value)
        {
            // When
            var error = Assert.Throws<InputException>(() => Parse($"release:\n  version: {value}\n"));

            // Then
            Assert.Contains("release.version", error.Message, StringComparison.Ordinal);
            Assert.Equal(15, error.Line);
        }

        [Fact]
        public void Should_Refuse_An_Unknown_Key()
        {
            // When
            var error = Assert.Throws<InputException>(() => Parse("release:\n  version: \"1.0\"\n  patch: 4\n"));

            // Then
            Assert.Contains("release.patch", error.Message, StringComparison.Ordinal);
        }
    }

    public sealed class TheMonitorSection
    {
        [Fact]
        public void Should_Default_To_An_Issue_And_Never_Retrain_Unattended() =>
            Assert.Equal(MonitorConfig.Default with { OnDrift = DriftResponse.Issue }, Parse("").Monitor);

        [Fact]
        public void Should_Read_Retrain_And_Where()
        {
            // When
            var monitor = Parse("monitor:\n  on_drift: retrain\n  retrain_workflow: train.yml\n  retrain_branch: main\n").Monitor;

            // Then
            Assert.Equal((DriftResponse.Retrain, "train.yml", "main"), (monitor.OnDrift, monitor.RetrainWorkflow, monitor.RetrainBranch));
            Assert.Empty(monitor.Performance);
        }

        [Fact]
        public void Should_Refuse_An_Unknown_Reaction()
        {
            // When
            var error = Assert.Throws<InputException>(() => Parse("monitor:\n  on_drift: page_someone\n"));

            // Then
            Assert.Contains("monitor.on_drift", error.Message, StringComparison.Ordinal);
            Assert.Contains("issue", error.Message, StringComparison.Ordinal);
        }
    }
}
