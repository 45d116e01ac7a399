using CiCd.Serving.Hosting;
using CiCd.Serving.Model;
using CiCd.Serving.Tests.Fixtures;
using CiCd.Train;
using Microsoft.Extensions.Options;

namespace CiCd.Serving.Tests.Model;

public sealed class ModelLoaderTests
{
    public sealed class TheLoadMethod : IDisposable
    {
        private readonly string _work = Directory.CreateTempSubdirectory("cicd-model-loader-").FullName;

        public void Dispose() => Directory.Delete(_work, recursive: true);

        private (ModelLoader Loader, ModelFiles Files) Copy()
        {
            var folder = TrainedModel.Credit.CopyTo(Path.Combine(_work, "model"));
            var loader = new ModelLoader(Options.Create(new ServingOptions { Model = folder }));
            return (loader, new ModelFiles(Path.Combine(folder, TrainingFiles.Model), Path.Combine(folder, TrainingFiles.CardJson)));
        }

        [Fact]
        public void Should_Load_A_Regression_Model_And_Score_Its_Example_Row()
        {
            // Given
            var folder = TrainedModel.RegressionForest.CopyTo(Path.Combine(_work, "regression"));
            var loader = new ModelLoader(Options.Create(new ServingOptions { Model = folder }));

            // When
            var served = loader.Load(new ModelFiles(Path.Combine(folder, TrainingFiles.Model), Path.Combine(folder, TrainingFiles.CardJson)), null);

            // Then: one value, no class, no probabilities
            var prediction = served.Predict(served.Schema.Example());
            Assert.True(prediction.IsValue);
            Assert.Empty(prediction.Probabilities);
            Assert.True(double.IsFinite(prediction.Score));
            Assert.Null(served.DecisionThreshold);
        }

        [Fact]
        public void Should_Refuse_A_Card_Whose_Ignored_Columns_Are_Null_Naming_The_File_And_Field()
        {
            // Given: a card written by hand or by another tool, "ignored_columns": null (the card's reader respects
            // nullability: a list that is absent is empty, a null one is an error, never a null list served)
            var (loader, files) = Copy();
            var card = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(files.CardPath))!.AsObject();
            card["ignored_columns"] = null;
            File.WriteAllText(files.CardPath, card.ToJsonString());

            // When
            var error = Assert.Throws<ModelRejectedException>(() => loader.Load(files, null));

            // Then
            Assert.Contains($"{files.CardPath}:1:", error.Message, StringComparison.Ordinal);
            Assert.Contains("not a valid model card ($.ignored_columns)", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Refuse_A_Card_That_Says_Regression_Over_A_Classifier()
        {
            // Given: a card that says regression (no classes), over a binary classifier
            var (loader, files) = Copy();
            var card = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(files.CardPath))!.AsObject();
            card["task"] = "regression";
            card["classes"] = new System.Text.Json.Nodes.JsonArray();
            card.Remove("positive_class");
            File.WriteAllText(files.CardPath, card.ToJsonString());

            // When
            var error = Assert.Throws<ModelRejectedException>(() => loader.Load(files, null));

            // Then
            Assert.Equal("schema", error.Reason);
            Assert.Contains("the card says regression but the model predicts classes", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Refuse_A_Card_That_Says_Binary_Over_A_Regression_Model()
        {
            // Given: a regression model's card rewritten to say binary with two classes
            var folder = TrainedModel.RegressionForest.CopyTo(Path.Combine(_work, "regression"));
            var files = new ModelFiles(Path.Combine(folder, TrainingFiles.Model), Path.Combine(folder, TrainingFiles.CardJson));
            var card = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(files.CardPath))!.AsObject();
            card["task"] = "binary";
            card["classes"] = new System.Text.Json.Nodes.JsonArray("low", "high");
            card["positive_class"] = "high";
            File.WriteAllText(files.CardPath, card.ToJsonString());

            // When
            var error = Assert.Throws<ModelRejectedException>(() => new ModelLoader(Options.Create(new ServingOptions { Model = folder })).Load(files, null));

            // Then
            Assert.Equal("schema", error.Reason);
            Assert.Contains("the card says binary but the model predicts a number", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Refuse_As_Missing_When_The_Model_File_Is_Gone_Before_It_Is_Read()
        {
            // Given: the source found both files, then the model was deleted (a rewrite in progress)
            var (loader, files) = Copy();
            File.Delete(files.ModelPath);

            // When
            var error = Assert.Throws<ModelRejectedException>(() => loader.Load(files, null));

            // Then: a refusal the reloader reports, not an exception that stops the host
            Assert.Equal("missing", error.Reason);
            Assert.Contains(files.ModelPath, error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Refuse_As_Corrupt_When_The_Model_Path_Is_Not_A_Readable_File()
        {
            // Given
            var (loader, files) = Copy();
            File.Delete(files.ModelPath);
            Directory.CreateDirectory(files.ModelPath);

            // When
            var error = Assert.Throws<ModelRejectedException>(() => loader.Load(files, null));

            // Then
            Assert.Equal("corrupt", error.Reason);
            Assert.Contains(files.ModelPath, error.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("TrainSchema")]
        [InlineData("Schema")]
        [InlineData("Model.key")]
        public void Should_Refuse_As_Corrupt_With_The_Cause_When_An_Entry_Inside_The_Zip_Is_Damaged(string entry)
        {
            // Given: a well-formed zip, its sha256 on the card, one entry zeroed
            var (loader, files) = Copy();
            ModelFolder.DamageEntry(Path.GetDirectoryName(files.ModelPath)!, entry);

            // When
            var error = Assert.Throws<ModelRejectedException>(() => loader.Load(files, null));

            // Then: the file and the cause's message, never a wrapper's "target of an invocation" or a stack
            Assert.Equal("corrupt", error.Reason);
            Assert.Contains(files.ModelPath, error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("target of an invocation", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(" at ", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Load_The_Model_Whose_Checksum_It_Checked_When_The_File_Is_Replaced_Before_It_Is_Read()
        {
            // Given: a retrain puts another file at the model's path after the checksum matched the card
            var (_, files) = Copy();
            var loader = new ModelLoader(Options.Create(new ServingOptions { Model = Path.GetDirectoryName(files.ModelPath)! }))
            {
                Checked = path =>
                {
                    File.WriteAllText(path + ".next", "another run's model");
                    File.Move(path + ".next", path, overwrite: true);
                },
            };

            // When
            var served = loader.Load(files, null);

            // Then: the model served is the one the card describes, not whatever the path held by then
            Assert.Equal(TrainedModel.Credit.Card.ModelSha256, served.Card.ModelSha256);
            Assert.True(double.IsFinite(served.Predict(served.Schema.Example()).Score));
        }

        [Fact]
        public void Should_Load_An_Intact_Copy()
        {
            // Given
            var (loader, files) = Copy();

            // When
            var served = loader.Load(files, null);

            // Then
            Assert.Equal(TrainedModel.Credit.Card.ModelSha256, served.Card.ModelSha256);
        }
    }
}
