using CiCd.Errors;
using CiCd.Monitoring.Log;

namespace CiCd.Monitoring.Tests.Log;

public sealed class PredictionLogLocationTests
{
    public sealed class TheParseMethod
    {
        [Fact]
        public void Should_Refuse_A_Password_Given_On_The_Command_Line_Without_Echoing_It()
        {
            // When
            var error = Assert.Throws<InputException>(() => PredictionLogLocation.Parse("postgresql://mlops:s3cret@db:5432/log", "--log", commandLine: true));

            // Then
            Assert.Equal(ExitCodes.InputError, error.ExitCode);
            Assert.StartsWith("--log: a password on the command line", error.Message, StringComparison.Ordinal);
            Assert.Contains("PGPASSWORD", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Take_A_Password_From_A_Setting_And_Print_The_Location_Without_It()
        {
            // When: PredictionLog__Uri, an environment variable
            var location = PredictionLogLocation.Parse("postgresql://mlops:s3cret@db:6543/log", "PredictionLog:Uri", commandLine: false);

            // Then
            Assert.True(location.IsPostgres);
            Assert.Equal("postgresql://mlops@db:6543/log", location.ToString());
        }

        [Fact]
        public void Should_Take_A_Uri_Without_Password_On_The_Command_Line()
        {
            // When
            var location = PredictionLogLocation.Parse("postgresql://mlops@db/log", "--log", commandLine: true);

            // Then
            Assert.True(location.IsPostgres);
            Assert.Equal("postgresql://mlops@db:5432/log", location.ToString());
        }

        [Fact]
        public void Should_Take_A_Plain_Path_As_A_SQLite_File()
        {
            // When
            var location = PredictionLogLocation.Parse("logs/predictions.sqlite", "--log", commandLine: true);

            // Then
            Assert.False(location.IsPostgres);
            Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "logs/predictions.sqlite"), location.Store.Target);
        }
    }
}
