using System.Text;
using CiCd.Serving.Model;
using CiCd.Serving.Telemetry;
using CiCd.Serving.Tests.Fixtures;
using CiCd.Testing;

namespace CiCd.Serving.Tests.Telemetry;

/// <summary>/metrics as Prometheus and its alert rules read it.</summary>
public sealed class PrometheusExpositionTests
{
    public sealed class TheMetricsText
    {
        [Fact]
        public async Task Should_Start_Every_Reload_Series_At_Zero_So_The_First_Failure_Is_An_Increase()
        {
            // Given: a service that has loaded its model and never refused one
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit);

            // When
            var lines = (await host.MetricsTextAsync()).Split('\n');

            // Then
            Assert.All(ModelRejectedException.Reasons, reason => Assert.Contains($"cicd_model_reload_failures_total{{reason=\"{reason}\"}} 0", lines));
            Assert.All(ServingMetrics.ReloadTriggers.Where(t => t != "startup"),
                trigger => Assert.Contains($"cicd_model_reloads_total{{trigger=\"{trigger}\"}} 0", lines));
        }

        [Fact]
        public async Task Should_Label_Http_Metrics_Only_With_What_Means_Something_Here()
        {
            // Given
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit);

            // When
            var http = (await host.MetricsTextAsync()).Split('\n').Where(line => line.StartsWith("http_", StringComparison.Ordinal)).ToList();

            // Then: code, method and endpoint; no controller or action, always empty on minimal APIs
            Assert.NotEmpty(http);
            Assert.DoesNotContain(http, line => line.Contains("controller=", StringComparison.Ordinal) || line.Contains("action=", StringComparison.Ordinal));
            Assert.Contains(http, line => line.StartsWith("http_requests_received_total{code=\"200\",method=\"GET\",endpoint=\"/health/ready\"}", StringComparison.Ordinal));
        }

        [Fact]
        public async Task Should_Pass_Promtool_After_Traffic_Of_Every_Kind()
        {
            // Given: predictions, a refusal, a reload and a failed reload, so every family has series
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit);
            var records = new Records(TrainedModel.Credit);
            await host.Client.PostAsync("/v1/predict/batch", Records.Body(records.Csv(Enumerable.Range(0, 20)), "text/csv"));
            using (var bad = new StringContent("{ not json", Encoding.UTF8, "application/json"))
            {
                await host.Client.PostAsync("/v1/predict", bad);
            }
            var text = await host.MetricsTextAsync();

            // When
            var (exitCode, output) = await Promtool.RunAsync(["check", "metrics"], text);

            // Then
            Assert.True(exitCode == 0, output);
            Assert.True(output.Trim().Length == 0, output);
        }
    }
}
