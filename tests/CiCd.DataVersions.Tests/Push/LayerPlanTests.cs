using CiCd.DataVersions.Push;
using CiCd.DataVersions.Stores;
using CiCd.Testing;

namespace CiCd.DataVersions.Tests.Push;

public sealed class LayerPlanTests
{
    public sealed class TheScanAsyncMethod : IDisposable
    {
        private readonly TempFolder _folder = new();

        public void Dispose() => _folder.Dispose();

        [Theory]
        [InlineData(10, 3, 4)]
        [InlineData(9, 3, 3)]
        [InlineData(5, 100, 1)]
        public async Task Should_Cut_The_File_Into_Layers_Whose_Digests_Are_Those_Of_The_Slices(int size, int layerSize, int layers)
        {
            // Given
            var bytes = Enumerable.Range(0, size).Select(i => (byte)('a' + i)).ToArray();
            var file = _folder.WriteBytes("data.csv", bytes);

            // When
            var plan = await LayerPlan.ScanAsync(file, layerSize, CancellationToken.None);

            // Then
            Assert.Equal(layers, plan.Layers.Count);
            Assert.Equal(size, plan.Layers.Sum(l => l.Length));
            Assert.All(plan.Layers, l => Assert.Equal(Digests.Of(bytes[(int)l.Offset..(int)(l.Offset + l.Length)]), l.Digest));
            Assert.Equal(Digests.Of(bytes), plan.ContentDigest);
        }

        [Fact]
        public async Task Should_Count_Lines_With_Or_Without_A_Final_Newline_And_Keep_The_Header()
        {
            // Given
            var with = _folder.Write("a.csv", "x,y\r\n1,2\n3,4\n");
            var without = _folder.Write("b.csv", "x,y\n1,2\n3,4");

            // When
            var a = await LayerPlan.ScanAsync(with, 4, CancellationToken.None);
            var b = await LayerPlan.ScanAsync(without, 4, CancellationToken.None);

            // Then
            Assert.Equal((3L, "x,y"), (a.Lines, a.FirstLine));
            Assert.Equal((3L, "x,y"), (b.Lines, b.FirstLine));
        }
    }
}
