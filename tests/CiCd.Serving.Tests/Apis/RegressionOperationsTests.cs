using System.Net;
using CiCd.Serving.Tests.Fixtures;

namespace CiCd.Serving.Tests.Apis;

/// <summary>The probes, metrics, model description, document and dashboard answer for a regression model, which has no classes.</summary>
public sealed class RegressionOperationsTests
{
    public sealed class TheOperationsRoutes
    {
        [Fact]
        public async Task Should_Answer_Every_Operations_Route_After_Regression_Predictions()
        {
            // Given: a regression model that has answered a few rows
            await using var host = await ServiceHost.StartAsync(TrainedModel.RegressionForest);
            var records = new Records(TrainedModel.RegressionForest);
            (await host.Client.PostAsync("/v1/predict/batch", Records.Body(records.Csv(Enumerable.Range(0, 5)), "text/csv"))).EnsureSuccessStatusCode();

            foreach (var path in new[] { "/health/live", "/health/ready", "/ping", "/health", "/version", "/metrics", "/v1/model", "/openapi/v1.json", "/dashboard", "/dashboard/data.json" })
            {
                // When
                using var response = await host.Client.GetAsync(path);

                // Then: each answers as its contract says (the client checks every body against the document)
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        [Fact]
        public async Task Should_Count_Regression_Rows_Under_The_Empty_Class()
        {
            // Given
            await using var host = await ServiceHost.StartAsync(TrainedModel.RegressionForest);
            var records = new Records(TrainedModel.RegressionForest);

            // When
            (await host.Client.PostAsync("/v1/predict/batch", Records.Body(records.Csv(Enumerable.Range(0, 7)), "text/csv"))).EnsureSuccessStatusCode();
            (await host.Client.PostAsync("/v1/predict", Records.Json(records.Record(0)))).EnsureSuccessStatusCode();

            // Then
            var metrics = await host.Client.GetStringAsync("/metrics");
            Assert.Contains("cicd_predictions_total{model=\"diabetes\",class=\"\"} 8", metrics, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Should_Show_The_Regression_Metrics_And_No_Decision_Threshold_Or_Classes_On_The_Dashboard()
        {
            // Given
            await using var host = await ServiceHost.StartAsync(TrainedModel.RegressionForest);
            var records = new Records(TrainedModel.RegressionForest);
            (await host.Client.PostAsync("/v1/predict", Records.Json(records.Record(0)))).EnsureSuccessStatusCode();

            // When
            var page = await host.Client.GetStringAsync("/dashboard");

            // Then
            Assert.Contains(">rmse<", page, StringComparison.Ordinal);
            Assert.Contains(">r2<", page, StringComparison.Ordinal);
            Assert.DoesNotContain("decision threshold", page, StringComparison.Ordinal);
            Assert.DoesNotContain(">classes<", page, StringComparison.Ordinal);
            Assert.Contains("<span id=\"predictions-total\">1</span>", page, StringComparison.Ordinal);
        }
    }
}
