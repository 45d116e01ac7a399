using System.IO.Pipelines;
using System.Text;
using CiCd.Data;
using CiCd.Serving.Output;
using CiCd.Serving.Scoring;
using CiCd.Serving.Tests.Fixtures;

namespace CiCd.Serving.Tests.Output;

/// <summary>The CSV answer written as bytes reads exactly like the same answer built as text by the project's CSV writer.</summary>
public sealed class CsvPredictionFormatTests
{
    private static readonly Lazy<InProcessModel> Model = new(() => new InProcessModel(TrainedModel.Credit));

    private static async Task<string> WriteAsync(IReadOnlyList<Prediction> predictions)
    {
        var served = Model.Value.Served;
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 0));
        using (var format = new CsvPredictionFormat())
        {
            format.WriteStart(pipe.Writer, served);
            format.WriteRows(pipe.Writer, served, predictions.ToArray());
            format.WriteEnd(pipe.Writer);
        }
        await pipe.Writer.CompleteAsync();
        using var text = new StreamReader(pipe.Reader.AsStream(), Encoding.UTF8);
        return await text.ReadToEndAsync();
    }

    private static string Expected(IReadOnlyList<Prediction> predictions)
    {
        var classes = Model.Value.Served.Card.Classes;
        var text = new StringBuilder();
        CsvWriter.AppendRecord(text, ["label", "score", .. classes.Select(c => $"p_{c}")]);
        foreach (var p in predictions)
        {
            CsvWriter.AppendRecord(text, [classes[p.ClassIndex], NumberText.Format(p.Score), .. p.Probabilities.Select(NumberText.Format)]);
        }
        return text.ToString();
    }

    public sealed class TheWriteRowsMethod
    {
        [Fact]
        public async Task Should_Write_What_The_Csv_Writer_Writes_When_Numbers_Take_Every_Form()
        {
            // Given
            var random = new Random(3);
            double[] odd = [0, -0.0, 1, double.Epsilon, double.MaxValue, -double.MaxValue, 1e-300, 0.1 + 0.2, 1.0 / 3, 123456789.125];
            var predictions = odd.Concat(Enumerable.Range(0, 2000).Select(_ => random.NextDouble() * Math.Pow(10, random.Next(-30, 30))))
                .Select((p, i) => new Prediction(i % 2, p, [1 - p, p]))
                .ToList();

            // When
            var written = await WriteAsync(predictions);

            // Then
            Assert.Equal(Expected(predictions), written);
        }

        [Fact]
        public async Task Should_Write_Only_The_Header_When_There_Are_No_Rows()
        {
            // When
            var written = await WriteAsync([]);

            // Then
            Assert.Equal(Expected([]), written);
        }
    }
}
