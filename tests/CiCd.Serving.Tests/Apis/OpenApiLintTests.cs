using System.Text.Json.Nodes;
using CiCd.Serving.Tests.Fixtures;
using CiCd.Testing;

namespace CiCd.Serving.Tests.Apis;

/// <summary>The served document passes a real OpenAPI linter (Redocly CLI from npm, installed by the build under build/).</summary>
public sealed class OpenApiLintTests
{
    public sealed class TheServedDocument
    {
        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public async Task Should_Pass_The_Redocly_Linter_With_No_Problem(bool withApiKey)
        {
            // Given
            var settings = withApiKey ? new Dictionary<string, string?> { ["Serving:ApiKey"] = "k" } : null;
            await using var host = await ServiceHost.StartAsync(TrainedModel.Credit, settings);
            using var folder = new TempFolder();
            var document = folder.Write("openapi.json", await host.Client.GetStringAsync("/openapi/v1.json"));

            // When
            var (exitCode, report, error) = await LintAsync(document);

            // Then: no error and no warning under the recommended rules (build/redocly.yaml says what is off and why)
            Assert.True(exitCode == 0, report + error);
            var totals = JsonNode.Parse(report)!["totals"]!;
            Assert.True((int)totals["errors"]! == 0 && (int)totals["warnings"]! == 0, report);
        }
    }

    public sealed class TheRegressionDocument
    {
        [Fact]
        public async Task Should_Pass_The_Redocly_Linter_With_No_Problem()
        {
            // Given: a regression model's document, whose answers are numbers
            await using var host = await ServiceHost.StartAsync(TrainedModel.RegressionForest);
            using var folder = new TempFolder();
            var document = folder.Write("openapi.json", await host.Client.GetStringAsync("/openapi/v1.json"));

            // When
            var (exitCode, report, error) = await LintAsync(document);

            // Then
            Assert.True(exitCode == 0, report + error);
            var totals = JsonNode.Parse(report)!["totals"]!;
            Assert.True((int)totals["errors"]! == 0 && (int)totals["warnings"]! == 0, report);
            Assert.Equal("number", (string)JsonNode.Parse(File.ReadAllText(document))!["components"]!["schemas"]!["Prediction"]!["properties"]!["prediction"]!["type"]!);
        }
    }

    private static async Task<(int ExitCode, string Report, string Error)> LintAsync(string document)
    {
        var cli = RepositoryRoot.PathOf("build/node_modules/@redocly/cli/bin/cli.js");
        Assert.True(File.Exists(cli), $"{cli} is missing: run `npm ci --prefix build` (the build's NodeTools target does)");
        // Offline here and in CI: no update check, no telemetry.
        return await ExternalTool.RunAsync("node", [cli, "lint", document, "--config", RepositoryRoot.PathOf("build/redocly.yaml"), "--format", "json"],
            environment: new Dictionary<string, string> { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true" });
    }
}
