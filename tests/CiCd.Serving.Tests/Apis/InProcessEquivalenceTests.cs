using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CiCd.Data;
using CiCd.Serving.Tests.Fixtures;
using CiCd.Train;

namespace CiCd.Serving.Tests.Apis;

/// <summary>HTTP answers equal the in-process scores that training wrote for the held-out split, bit for bit.</summary>
public sealed class InProcessEquivalenceTests
{
    public static TheoryData<string> Models => ["credit", "digits", "forest", "boosted"];

    public sealed class TheTestSplit
    {
        [Theory]
        [MemberData(nameof(Models), MemberType = typeof(InProcessEquivalenceTests))]
        public async Task Should_Score_Every_Row_Over_Http_As_In_Process(string name)
        {
            // Given
            var model = name switch
            {
                "credit" => TrainedModel.Credit,
                "forest" => TrainedModel.Forest,
                "boosted" => TrainedModel.Boosted,
                _ => TrainedModel.Digits,
            };
            await using var host = await ServiceHost.StartAsync(model, new Dictionary<string, string?> { ["PredictionLog:Path"] = "" });
            var records = new Records(model);
            var expected = CsvReader.Read(Path.Combine(model.Folder, TrainingFiles.Predictions));
            var rows = expected.Rows.Select(r => records.IndexOfLine(int.Parse(r.Values[0]!, CultureInfo.InvariantCulture))).ToList();
            var probabilityColumns = model.Card.Classes.Select(c => expected.IndexOf($"p_{c}")).ToList();

            // When
            var batch = await host.Client.PostAsync("/v1/predict/batch", Records.Body(records.Csv(rows), "text/csv"));
            var batchPredictions = (await batch.Content.ReadFromJsonAsync<JsonObject>())!["predictions"]!.AsArray();
            var singles = new List<JsonObject>();
            foreach (var row in rows)
            {
                var one = await host.Client.PostAsync("/v1/predict", Records.Json(records.Record(row)));
                singles.Add((await one.Content.ReadFromJsonAsync<JsonObject>())!);
            }

            // Then
            Assert.Equal(rows.Count, batchPredictions.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                var want = probabilityColumns.Select(c => double.Parse(expected.Rows[i].Values[c]!, CultureInfo.InvariantCulture)).ToList();
                Assert.Equal(want, model.Card.Classes.Select(c => (double)batchPredictions[i]!["probabilities"]![c]!));
                Assert.Equal(want, model.Card.Classes.Select(c => (double)singles[i]["probabilities"]![c]!));
            }
        }
    }
}
