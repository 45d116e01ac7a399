using System.Diagnostics;
using System.Text.Json;
using CiCd.Configuration;
using CiCd.Data.Columnar;
using CiCd.Testing;
using CiCd.Validate;

namespace CiCd.DataTests;

/// <summary>
/// examples/fashion-mnist: fetch.py rebuilds the recorded CSV from the Debian package, and it validates; its sample
/// (the first rows, for the shard benchmark's shards.yaml) validates too.
/// </summary>
public sealed class FashionMnistTests
{
    public sealed class TheFetchScript
    {
        [Fact]
        public void Should_Rebuild_The_Recorded_Csv_And_Its_Sample_Which_Pass_Validation()
        {
            // Given
            using var folder = new TempFolder();
            var script = RepositoryRoot.PathOf("examples/fashion-mnist/fetch.py");
            using var recorded = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.PathOf("examples/fashion-mnist/provenance.json")));

            // When
            using (var process = Process.Start(new ProcessStartInfo("/usr/bin/python3", [script, folder.Root, "--sample", "12000"]) { RedirectStandardOutput = true })!)
            {
                process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                Assert.Equal(0, process.ExitCode);
            }

            // Then
            using var written = JsonDocument.Parse(File.ReadAllText(folder.PathOf("provenance.json")));
            Assert.Equal(recorded.RootElement.GetProperty("sha256").GetString(), written.RootElement.GetProperty("sha256").GetString());
            Assert.Equal(recorded.RootElement.GetProperty("source_sha256").ToString(), written.RootElement.GetProperty("source_sha256").ToString());
            var config = ConfigLoader.Load(RepositoryRoot.PathOf("examples/fashion-mnist/mlops.yaml"));
            var report = DataValidator.Validate(ColumnarReader.Read(folder.PathOf("fashion-mnist.csv"), config.Dataset), config.Dataset, config.Validation);
            Assert.True(report.Passed, string.Join("; ", report.Results.Where(r => r.IsBlocking).Select(r => r.Message)));
            Assert.Equal(70000, report.Rows);
            var sampleConfig = ConfigLoader.Load(RepositoryRoot.PathOf("examples/fashion-mnist/shards.yaml"));
            var sample = DataValidator.Validate(ColumnarReader.Read(folder.PathOf("fashion-mnist-12000.csv"), sampleConfig.Dataset), sampleConfig.Dataset, sampleConfig.Validation);
            Assert.True(sample.Passed, string.Join("; ", sample.Results.Where(r => r.IsBlocking).Select(r => r.Message)));
            Assert.Equal(12000, sample.Rows);
            Assert.Equal(File.ReadLines(folder.PathOf("fashion-mnist.csv")).Take(12001), File.ReadLines(folder.PathOf("fashion-mnist-12000.csv")));
        }
    }
}
