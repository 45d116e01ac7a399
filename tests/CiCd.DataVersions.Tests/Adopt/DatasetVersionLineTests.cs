using CiCd.DataVersions.Adopt;
using CiCd.Errors;
using CiCd.Testing;

namespace CiCd.DataVersions.Tests.Adopt;

public sealed class DatasetVersionLineTests
{
    public sealed class TheSetMethod : IDisposable
    {
        private const string Digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        private readonly TempFolder _folder = new();

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void Should_Replace_The_Version_Line_And_Keep_Every_Other_Line()
        {
            // Given
            var config = _folder.Write("mlops.yaml", "# ours\ndataset:\n  name: credit  # kept\n  version: old\n  remote: r\ntraining:\n  version: untouched\n");

            // When
            var changed = DatasetVersionLine.Set(config, Digest);

            // Then
            Assert.True(changed);
            Assert.Equal($"# ours\ndataset:\n  name: credit  # kept\n  version: \"{Digest}\"\n  remote: r\ntraining:\n  version: untouched\n", File.ReadAllText(config));
        }

        [Fact]
        public void Should_Add_The_Version_After_The_Remote_When_There_Is_None()
        {
            // Given
            var config = _folder.Write("mlops.yaml", "dataset:\n    name: credit\n    remote: 127.0.0.1:5000/credit\n    target: class\n");

            // When
            DatasetVersionLine.Set(config, Digest);

            // Then: at the block's own indentation
            Assert.Equal($"dataset:\n    name: credit\n    remote: 127.0.0.1:5000/credit\n    version: \"{Digest}\"\n    target: class\n", File.ReadAllText(config));
        }

        [Fact]
        public void Should_Refuse_A_Flow_Mapping_Naming_The_File()
        {
            // Given
            var config = _folder.Write("mlops.yaml", "dataset: { name: credit }\n");

            // When
            var error = Assert.Throws<InputException>(() => DatasetVersionLine.Set(config, Digest));

            // Then
            Assert.Contains("mlops.yaml", error.Message, StringComparison.Ordinal);
            Assert.Contains("set dataset.version by hand", error.Message, StringComparison.Ordinal);
        }
    }
}
