using CiCd.Cli.Tests.Fixtures;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Testing;
using CiCd.Train;

namespace CiCd.Cli.Tests.Commands.DataVersions;

public sealed class DataVersionCommandTests
{
    public sealed class TheTrainActionWithADataVersion : IDisposable
    {
        private readonly TempFolder _folder = new();

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void Should_Pull_The_Missing_Data_Version_And_Record_Its_Digest_In_The_Model_Card()
        {
            // Given: v1 pushed to the local cache, then the file deleted and dataset.version set
            CsvBuilder.Tiny(80).WriteTo(_folder);
            var data = File.ReadAllBytes(_folder.PathOf("data.csv"));
            var config = new ConfigBuilder().WriteTo(_folder);
            var push = Mlops.Run("data", "push", _folder.PathOf("data.csv"), "--tag", "v1", "--config", config, "--json");
            Assert.True(push.ExitCode == ExitCodes.Ok, push.ToString());
            var digest = push.Json().GetProperty("digest").GetString();
            new ConfigBuilder().Dataset("version", "v1").WriteTo(_folder);
            File.Delete(_folder.PathOf("data.csv"));

            // When
            var run = Mlops.Run("train", "--config", config, "--out", _folder.PathOf("out"), "--cache", _folder.PathOf("cache"), "--no-track", "--json");

            // Then
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            Assert.Equal(data, File.ReadAllBytes(_folder.PathOf("data.csv")));
            Assert.Equal(digest, JsonReport.Read<ModelCard>(_folder.PathOf("out/" + TrainingFiles.CardJson)).Data.Version);
        }

        [Fact]
        public void Should_Show_The_Data_Version_Of_A_Registered_Model_Version()
        {
            // Given: trained on v1 and registered
            CsvBuilder.Tiny(80).WriteTo(_folder);
            var config = new ConfigBuilder().WriteTo(_folder);
            var digest = Mlops.Run("data", "push", _folder.PathOf("data.csv"), "--tag", "v1", "--config", config, "--json").Json().GetProperty("digest").GetString()!;
            new ConfigBuilder().Dataset("version", "v1").WriteTo(_folder);
            Assert.Equal(ExitCodes.Ok, Mlops.Run("train", "--config", config, "--out", _folder.PathOf("out"), "--cache", _folder.PathOf("cache"), "--no-track").ExitCode);
            var register = Mlops.Run("model", "register", "--config", config, "--from", _folder.PathOf("out"), "--skip-gate-check");
            Assert.True(register.ExitCode == ExitCodes.Ok, register.ToString());

            // When
            var show = Mlops.Run("model", "show", "--config", config, "1");

            // Then
            Assert.True(show.ExitCode == ExitCodes.Ok, show.ToString());
            Assert.Contains("data version", show.Output, StringComparison.Ordinal);
            Assert.Contains(digest, show.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Refuse_To_Train_When_The_Data_Version_Is_Unknown()
        {
            // Given
            CsvBuilder.Tiny(80).WriteTo(_folder);
            var config = new ConfigBuilder().Dataset("version", "missing").WriteTo(_folder);

            // When
            var run = Mlops.Run("train", "--config", config, "--out", _folder.PathOf("out"), "--cache", _folder.PathOf("cache"), "--no-track");

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains("has no data version 'missing'", run.Error, StringComparison.Ordinal);
        }
    }

    public sealed class ThePullAction : IDisposable
    {
        private readonly TempFolder _folder = new();

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void Should_Do_Nothing_If_Configured_Only_And_The_Config_Names_No_Version()
        {
            // Given
            CsvBuilder.Tiny(80).WriteTo(_folder);
            var config = new ConfigBuilder().WriteTo(_folder);

            // When
            var run = Mlops.Run("data", "pull", "--if-configured", "--config", config);

            // Then
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            Assert.Contains("nothing to pull", run.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Replace_A_File_That_Differs_From_The_Configured_Version()
        {
            // Given
            CsvBuilder.Tiny(80).WriteTo(_folder);
            var data = File.ReadAllBytes(_folder.PathOf("data.csv"));
            var config = new ConfigBuilder().WriteTo(_folder);
            Assert.Equal(ExitCodes.Ok, Mlops.Run("data", "push", _folder.PathOf("data.csv"), "--tag", "v1", "--config", config).ExitCode);
            new ConfigBuilder().Dataset("version", "v1").WriteTo(_folder);
            File.AppendAllText(_folder.PathOf("data.csv"), "edited,by,hand\n");

            // When
            var run = Mlops.Run("data", "pull", "--if-configured", "--config", config, "--json");

            // Then
            Assert.True(run.ExitCode == ExitCodes.Ok, run.ToString());
            Assert.Equal(data, File.ReadAllBytes(_folder.PathOf("data.csv")));
            Assert.True(run.Json().GetProperty("fingerprint_checked").GetBoolean());
        }
    }

    public sealed class TheListAndShowActions : IDisposable
    {
        private readonly TempFolder _folder = new();

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void Should_List_The_Tags_And_Show_The_Config_And_Layers_As_Json()
        {
            // Given
            CsvBuilder.Tiny(80).WriteTo(_folder);
            var config = new ConfigBuilder().WriteTo(_folder);
            var push = Mlops.Run("data", "push", _folder.PathOf("data.csv"), "--tag", "2026-12-06", "--config", config, "--json").Json();

            // When
            var list = Mlops.Run("data", "list", "--config", config, "--json").Json();
            var show = Mlops.Run("data", "show", "2026-12-06", "--config", config, "--json").Json();

            // Then
            Assert.Contains("2026-12-06", list.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
            Assert.Equal(push.GetProperty("digest").GetString(), show.GetProperty("digest").GetString());
            Assert.Equal("dataset", show.GetProperty("config").GetProperty("fingerprint_kind").GetString());
            Assert.Equal(80, show.GetProperty("config").GetProperty("rows").GetInt64());
            Assert.Equal("application/vnd.cicd.dataset.layer.v1.csv", show.GetProperty("manifest").GetProperty("layers")[0].GetProperty("media_type").GetString());
        }
    }

    public sealed class ThePushAndPullActionsWithHostileArguments : IDisposable
    {
        private readonly TempFolder _folder = new();

        public void Dispose() => _folder.Dispose();

        [Theory]
        [InlineData("../x")]
        [InlineData(".hidden")]
        [InlineData("a b")]
        [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
        public void Should_Refuse_A_Tag_A_Registry_Would_Not_Accept_And_Store_Nothing(string tag)
        {
            // Given
            CsvBuilder.Tiny(20).WriteTo(_folder);
            var config = new ConfigBuilder().WriteTo(_folder);

            // When
            var run = Mlops.Run("data", "push", _folder.PathOf("data.csv"), "--tag", tag, "--config", config);

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains("is not a tag a registry accepts", run.Error, StringComparison.Ordinal);
            Assert.False(Directory.Exists(_folder.PathOf(".mlops/data")));
        }

        [Fact]
        public void Should_Refuse_A_Layer_Size_That_Cuts_The_File_Into_More_Than_A_Thousand_Layers()
        {
            // Given
            CsvBuilder.Tiny(200).WriteTo(_folder);
            var config = new ConfigBuilder().WriteTo(_folder);
            var size = new FileInfo(_folder.PathOf("data.csv")).Length;

            // When
            var run = Mlops.Run("data", "push", _folder.PathOf("data.csv"), "--layer-size", "1", "--config", config);

            // Then
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains($"data.csv: --layer-size 1 cuts this {size}-byte file into {size} layers; a data version has at most 1000 (use at least {(size + 999) / 1000} bytes)",
                run.Error, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Say_The_File_System_Refused_An_Output_That_Cannot_Be_Created_And_Keep_The_Version()
        {
            // Given: a version in the local cache; an output path under a regular file, which cannot be a folder
            CsvBuilder.Tiny(20).WriteTo(_folder);
            var config = new ConfigBuilder().WriteTo(_folder);
            Assert.Equal(ExitCodes.Ok, Mlops.Run("data", "push", _folder.PathOf("data.csv"), "--tag", "v1", "--config", config).ExitCode);

            // When
            var run = Mlops.Run("data", "pull", "tiny:v1", "--out", _folder.PathOf("data.csv/inside.csv"), "--config", config);

            // Then: one line naming the path, exit 2, not "a bug in mlops"; the version still pulls
            Assert.Equal(ExitCodes.InputError, run.ExitCode);
            Assert.Contains("mlops: the file system refused:", run.Error, StringComparison.Ordinal);
            Assert.Contains("data.csv", run.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("bug", run.Error, StringComparison.Ordinal);
            Assert.Equal(ExitCodes.Ok, Mlops.Run("data", "pull", "tiny:v1", "--out", _folder.PathOf("again.csv"), "--config", config).ExitCode);
        }
    }
}
