using CiCd.Cli.Tests.Fixtures;
using CiCd.Errors;
using CiCd.Testing;

namespace CiCd.Cli.Tests.Commands.DataVersions;

public sealed class TrackedDataVersionTests
{
    public sealed class TheTrainActionWithTracking : IDisposable
    {
        private readonly TempFolder _folder = new();

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void Should_Record_The_Data_Version_Digest_As_A_Run_Param_Shown_By_Runs_Show()
        {
            // Given: data pushed as v1 and the config on v1
            CsvBuilder.Tiny(80).WriteTo(_folder);
            var config = new ConfigBuilder().WriteTo(_folder);
            var digest = Mlops.Run("data", "push", _folder.PathOf("data.csv"), "--tag", "v1", "--config", config, "--json").Json().GetProperty("digest").GetString()!;
            var tracking = _folder.PathOf("runs.db");
            new ConfigBuilder().Dataset("version", "v1").TopLevel($"tracking:\n  uri: {tracking}").WriteTo(_folder);
            var train = Mlops.Run("train", "--config", config, "--out", _folder.PathOf("out"), "--cache", _folder.PathOf("cache"), "--json");
            Assert.True(train.ExitCode == ExitCodes.Ok, train.ToString());
            var runId = train.Json().GetProperty("run_id").GetString()!;

            // When
            var show = Mlops.Run("runs", "show", runId, "--tracking", tracking, "--json");

            // Then
            Assert.True(show.ExitCode == ExitCodes.Ok, show.ToString());
            Assert.Equal(digest, show.Json().GetProperty("params").GetProperty("data_version").GetString());
        }
    }
}
