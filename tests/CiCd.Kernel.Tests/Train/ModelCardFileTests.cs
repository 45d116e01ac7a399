using System.Text.Json.Nodes;
using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Metrics;
using CiCd.Testing;
using CiCd.Train;

namespace CiCd.Kernel.Tests.Train;

public sealed class ModelCardFileTests
{
    public sealed class TheReadMethod
    {
        [Fact]
        public void Should_Read_A_Card_Written_By_Training()
        {
            // Given
            using var folder = new TempFolder();
            var path = folder.Write("model-card.json", JsonReport.Serialize(Card()));

            // When
            var card = ModelCardFile.Read(path);

            // Then
            Assert.Equal(["duration", "purpose"], card.Features.Select(f => f.Name));
        }

        [Theory]
        [InlineData("$.features[1].name", "\"duration\"", "feature 'duration' is listed twice")]
        [InlineData("$.features[1].name", "null", "null")]
        [InlineData("$.features[1].categories", "null", "null")]
        [InlineData("$.features[1].categories", "[\"radio\", null]", "a category is null")]
        [InlineData("$.features[1].categories", "[\"radio\", \"radio\"]", "category 'radio' is listed twice")]
        [InlineData("$.features[1].kind", "7", "unknown kind 7")]
        [InlineData("$.classes", "[\"good\", null]", "a class is null")]
        [InlineData("$.classes", "[\"good\"]", "at least 2 classes")]
        [InlineData("$.threshold", "2", "the threshold must be in [0, 1]")]
        [InlineData("$.model_file", "\"../../../etc/passwd\"", "must be a file name next to the card")]
        [InlineData("$.model_sha256", "\"abc\"", "not a sha256")]
        [InlineData("$.cv_folds", "[{\"roc_auc\": 0.8}, {}]", "fold 2 has no value for the cross-validation metric 'roc_auc'")]
        [InlineData("$.positive_class", "\"neutral\"", "'neutral' is not one of the classes")]
        public void Should_Refuse_A_Card_The_Service_Could_Not_Serve_At_The_Field(string field, string value, string problem)
        {
            // Given
            using var folder = new TempFolder();
            var path = folder.Write("model-card.json", Mutated(field, value));

            // When
            var error = Assert.Throws<InputException>(() => ModelCardFile.Read(path));

            // Then
            Assert.Equal(ExitCodes.InputError, error.ExitCode);
            Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
            var (line, column) = Place(File.ReadAllText(path), field);
            if (value.StartsWith('[') || value == "null")
            {
                // Placed at the element at fault, or (a null the deserializer refuses) at the end of its object: a few lines below.
                Assert.InRange(error.Line!.Value, line, line + 4);
                Assert.NotNull(error.Column);
            }
            else
            {
                Assert.Equal((line, column), (error.Line!.Value, error.Column!.Value));
            }
        }

        [Theory]
        [InlineData("\"name\": \"credit\",", "\"name\": \"credit\",\n  \"name\": \"other\",")]
        [InlineData("\"run_id\": \"run-1\"", "\"run_id\": null")]
        [InlineData("\"task\": \"binary\"", "\"task\": null")]
        [InlineData("\"features\": [", "\"features\": null, \"x\": [")]
        public void Should_Refuse_Duplicate_Keys_And_Nulls_With_A_Line_And_Column(string from, string to)
        {
            // Given
            using var folder = new TempFolder();
            var text = JsonReport.Serialize(Card());
            Assert.Contains(from, text, StringComparison.Ordinal);
            var path = folder.Write("model-card.json", text.Replace(from, to, StringComparison.Ordinal));

            // When
            var error = Assert.Throws<InputException>(() => ModelCardFile.Read(path));

            // Then
            Assert.NotNull(error.Line);
            Assert.NotNull(error.Column);
            Assert.StartsWith($"{path}:{error.Line}:{error.Column}: not a valid model card", error.Message, StringComparison.Ordinal);
        }

        private static string Mutated(string field, string value)
        {
            var card = JsonNode.Parse(JsonReport.Serialize(Card()))!.AsObject();
            var parts = field[2..].Split('.');
            JsonNode target = card;
            foreach (var part in parts[..^1])
            {
                target = part.EndsWith(']') ? target[part[..part.IndexOf('[')]]![int.Parse(part[(part.IndexOf('[') + 1)..^1])]! : target[part]!;
            }
            var last = parts[^1];
            target[last.EndsWith(']') ? throw new InvalidOperationException(last) : last] = JsonNode.Parse(value);
            return card.ToJsonString(JsonReport.Options);
        }

        // The line and column of the field's key in the indented text (the test's own reading of it).
        private static (int Line, int Column) Place(string text, string field)
        {
            var key = field[(field.LastIndexOf('.') + 1)..];
            var lines = text.Split('\n');
            var inFeatures = field.Contains("features[1]", StringComparison.Ordinal);
            var start = inFeatures ? Array.FindIndex(lines, l => l.Contains("\"features\":", StringComparison.Ordinal)) : 0;
            var found = lines.Select((line, i) => (line, i)).Skip(start)
                .Where(p => p.line.TrimStart().StartsWith($"\"{key}\":", StringComparison.Ordinal)).ElementAt(inFeatures ? 1 : 0);
            return (found.i + 1, found.line.IndexOf('"', StringComparison.Ordinal) + 1);
        }
    }

    // The tiny card with a categorical feature and per-fold figures: every kind of field a reader meets.
    internal static ModelCard Card() => new ModelCardBuilder().Named("credit").RunId("run-1")
        .Metric("expected_cost", null)
        .Metric("recall", null)
        .With(card => card with
        {
            Features = [new CardFeature("duration", ColumnKind.Numeric, []), new CardFeature("purpose", ColumnKind.Categorical, ["radio", "car"])],
            CvFolds = [new Dictionary<string, double> { ["roc_auc"] = 0.79 }, new Dictionary<string, double> { ["roc_auc"] = 0.81 }],
        })
        .Build();
}
