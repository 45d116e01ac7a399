using CiCd.Cli.Tests.Fixtures;
using CiCd.Configuration;
using CiCd.Errors;
using CiCd.Testing;

namespace CiCd.Cli.Tests.Commands.DataVersions;

public sealed class DataAdoptCommandTests
{
    public sealed class TheAdoptAction : IDisposable
    {
        private readonly TempFolder _folder = new();

        public TheAdoptAction()
        {
            CsvBuilder.Tiny(80).WriteTo(_folder);
            CsvBuilder.Tiny(90, seed: 7).WriteTo(_folder, "snapshot.csv");
            _folder.Write("snapshot.csv.provenance.json", "{\"rows\": 90}");
        }

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void Should_Push_The_Snapshot_And_Set_Dataset_Version_To_Its_Digest_When_A_Remote_Is_Configured()
        {
            // Given: a remote (the local cache here) and a comment the team keeps in the config
            var config = _folder.Write("mlops.yaml", "# our comment\n" + File.ReadAllText(new ConfigBuilder().Dataset("remote", "tiny-data").WriteTo(_folder)));
            var data = File.ReadAllBytes(_folder.PathOf("data.csv"));

            // When
            var run = Mlops.Run("data", "adopt", _folder.PathOf("snapshot.csv"), "--config", config, "--tag", "retrain-1", "--json");

            // Then: the config names the pushed version, the data file is unchanged, and the version pulls the snapshot's bytes
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            var digest = run.Json().GetProperty("digest").GetString()!;
            Assert.Equal("pushed", run.Json().GetProperty("mode").GetString());
            Assert.Equal(digest, ConfigLoader.Load(config).Dataset.Version);
            Assert.StartsWith("# our comment\n", File.ReadAllText(config), StringComparison.Ordinal);
            Assert.Equal(data, File.ReadAllBytes(_folder.PathOf("data.csv")));
            Assert.Equal([config, _folder.PathOf("data.provenance.json")], run.Json().GetProperty("changed").EnumerateArray().Select(e => e.GetString()));
            var pull = Mlops.Run("data", "pull", "retrain-1", "--config", config, "--out", _folder.PathOf("pulled.csv"));
            Assert.True(pull.ExitCode == ExitCodes.Ok, pull.ToString());
            Assert.Equal(File.ReadAllBytes(_folder.PathOf("snapshot.csv")), File.ReadAllBytes(_folder.PathOf("pulled.csv")));
        }

        [Fact]
        public void Should_Copy_The_Snapshot_Over_The_Data_File_And_Leave_The_Config_Without_A_Remote()
        {
            // Given
            var config = new ConfigBuilder().WriteTo(_folder);
            var before = File.ReadAllText(config);

            // When
            var run = Mlops.Run("data", "adopt", _folder.PathOf("snapshot.csv"), "--config", config, "--json");

            // Then
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            Assert.Equal("committed", run.Json().GetProperty("mode").GetString());
            Assert.Equal(File.ReadAllBytes(_folder.PathOf("snapshot.csv")), File.ReadAllBytes(_folder.PathOf("data.csv")));
            Assert.Equal("{\"rows\": 90}", File.ReadAllText(_folder.PathOf("data.provenance.json")));
            Assert.Equal(before, File.ReadAllText(config));
            Assert.Equal([_folder.PathOf("data.csv"), _folder.PathOf("data.provenance.json")], run.Json().GetProperty("changed").EnumerateArray().Select(e => e.GetString()));
        }

        [Fact]
        public void Should_Name_A_Missing_Snapshot_File()
        {
            // Given
            var config = new ConfigBuilder().WriteTo(_folder);

            // When
            var run = Mlops.Run("data", "adopt", _folder.PathOf("nothing.csv"), "--config", config);

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains("nothing.csv", run.Error, StringComparison.Ordinal);
            Assert.Contains("no such snapshot file", run.Error, StringComparison.Ordinal);
        }
    }
}
