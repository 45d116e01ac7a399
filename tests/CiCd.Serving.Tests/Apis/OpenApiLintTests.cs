using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CiCd.Serving.Tests.Fixtures;
using CiCd.Testing;

namespace CiCd.Serving.Tests.Apis;

/// <summary>The served document passes a real OpenAPI linter (Redocly CLI from npm, installed by the build under build/).</summary>
public sealed class OpenApiLintTests
{
    // The three documents the tests check are linted in one run of the linter: starting Node and Redocly costs more than
    // linting a document, so one start serves every test here.
    private static readonly Lazy<Task<IReadOnlyDictionary<Served, Linted>>> Lints = new(LintAllAsync);

    private enum Served
    {
        Plain,
        WithApiKey,
        Regression,
    }

    public sealed class TheServedDocument
    {
        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public async Task Should_Pass_The_Redocly_Linter_With_No_Problem(bool withApiKey)
        {
            // Given
            var served = withApiKey ? Served.WithApiKey : Served.Plain;

            // When
            var (exitCode, report, error, _) = await LintedAsync(served);

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
            const Served served = Served.Regression;

            // When
            var (exitCode, report, error, document) = await LintedAsync(served);

            // Then
            Assert.True(exitCode == 0, report + error);
            var totals = JsonNode.Parse(report)!["totals"]!;
            Assert.True((int)totals["errors"]! == 0 && (int)totals["warnings"]! == 0, report);
            Assert.Equal("number", (string)JsonNode.Parse(document)!["components"]!["schemas"]!["Prediction"]!["properties"]!["prediction"]!["type"]!);
        }
    }

    /// <summary>The linter's exit code and stderr (one for the run), its JSON report on this document, and the document.</summary>
    private sealed record Linted(int ExitCode, string Report, string Error, string Document);

    private static async Task<Linted> LintedAsync(Served served) => (await Lints.Value)[served];

    private static async Task<IReadOnlyDictionary<Served, Linted>> LintAllAsync()
    {
        using var folder = new TempFolder();
        var documents = new List<(Served Served, string Path, string Text)>();
        foreach (var served in Enum.GetValues<Served>())
        {
            await using var host = await ServiceHost.StartAsync(served == Served.Regression ? TrainedModel.RegressionForest : TrainedModel.Credit,
                served == Served.WithApiKey ? new Dictionary<string, string?> { ["Serving:ApiKey"] = "k" } : null);
            var text = await host.Client.GetStringAsync("/openapi/v1.json");
            documents.Add((served, folder.Write($"{served}.json", text), text));
        }
        var (exitCode, output, error) = await LintAsync(documents.Select(d => d.Path));
        var reports = Reports(output);
        if (reports.Count != documents.Count)
        {
            throw new InvalidOperationException($"the linter gave {reports.Count} reports for {documents.Count} documents (exit code {exitCode}): {output}{error}");
        }
        return documents.Zip(reports).ToDictionary(pair => pair.First.Served, pair => new Linted(exitCode, pair.Second, error, pair.First.Text));
    }

    // With several documents, `--format json` prints one report after another, in the order the documents were given.
    private static List<string> Reports(string output)
    {
        var reports = new List<string>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(output), new JsonReaderOptions { AllowMultipleValues = true });
        while (reader.Read())
        {
            using var report = JsonDocument.ParseValue(ref reader);
            reports.Add(report.RootElement.GetRawText());
        }
        return reports;
    }

    private static async Task<(int ExitCode, string Report, string Error)> LintAsync(IEnumerable<string> documents)
    {
        var cli = RepositoryRoot.PathOf("build/node_modules/@redocly/cli/bin/cli.js");
        Assert.True(File.Exists(cli), $"{cli} is missing: run `npm ci --prefix build` (the build's NodeTools target does)");
        // Offline here and in CI: no update check, no telemetry.
        return await ExternalTool.RunAsync("node", [cli, "lint", .. documents, "--config", RepositoryRoot.PathOf("build/redocly.yaml"), "--format", "json"],
            environment: new Dictionary<string, string> { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true" });
    }
}
