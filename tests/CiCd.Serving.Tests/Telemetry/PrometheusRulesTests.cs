using System.Text.RegularExpressions;
using CiCd.Serving.Tests.Fixtures;

namespace CiCd.Serving.Tests.Telemetry;

/// <summary>The alert and recording rules shipped in deploy/prometheus, as Prometheus's own promtool reads and runs them.</summary>
public sealed partial class PrometheusRulesTests
{
    private static string Rules => RepositoryRoot.PathOf("deploy/prometheus/alerts.yaml");

    public sealed class TheAlertRules
    {
        [Fact]
        public async Task Should_Pass_Promtool_Check_Rules()
        {
            // When
            var (exitCode, output) = await Promtool.RunAsync(["check", "rules", Rules]);

            // Then
            Assert.True(exitCode == 0, output);
            Assert.Contains("SUCCESS", output, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_Pass_Their_Promtool_Unit_Tests()
        {
            // When: alerts.test.yaml feeds series shaped as the service exports them (reasons at 0 from the start)
            var (exitCode, output) = await Promtool.RunAsync(["test", "rules", RepositoryRoot.PathOf("deploy/prometheus/alerts.test.yaml")]);

            // Then
            Assert.True(exitCode == 0, output);
        }

        [Fact]
        public async Task Should_Name_Only_Series_A_Running_Service_Exports()
        {
            // Given: a service that has answered a request, so the http families have series
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit);
            await host.Client.GetStringAsync("/v1/model");
            var exported = TypeLine().Matches(await host.MetricsTextAsync()).Select(m => m.Groups["name"].Value).ToHashSet();

            // When: every series a rule's expression reads (recording rules' own names hold a colon)
            var named = SeriesName().Matches(await File.ReadAllTextAsync(Rules)).Select(m => m.Value).Distinct().ToList();

            // Then: a renamed metric breaks this test, not the alert in production
            Assert.NotEmpty(named);
            Assert.DoesNotContain(named, name => !exported.Contains(name));
        }
    }

    [GeneratedRegex(@"^# TYPE (?<name>\S+) ", RegexOptions.Multiline)]
    private static partial Regex TypeLine();

    [GeneratedRegex(@"(?<![\w:])(cicd|http)_[a-z_]+(?![\w:])")]
    private static partial Regex SeriesName();
}
