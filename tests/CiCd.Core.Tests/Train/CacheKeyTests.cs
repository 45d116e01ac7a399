using CiCd.Testing;
using CiCd.Train;

namespace CiCd.Core.Tests.Train;

public sealed class CacheKeyTests
{
    private const string DataFingerprint = "0000000000000000000000000000000000000000000000000000000000000001";

    public sealed class TheComputeMethod
    {
        [Fact]
        public void Should_Give_The_Same_Key_For_The_Same_Inputs()
        {
            // Given
            var config = new ConfigBuilder().Parse();

            // When
            var key = CacheKey.Compute(config, DataFingerprint);

            // Then
            Assert.Equal(key, CacheKey.Compute(new ConfigBuilder().Parse(), DataFingerprint));
            Assert.Matches("^[0-9a-f]{64}$", key);
        }

        [Fact]
        public void Should_Not_Change_With_The_Shard_Count()
        {
            // Given: a search split over four CI jobs gives the same result as one job
            var config = new ConfigBuilder().Parse();

            // When
            var key = CacheKey.Compute(new ConfigBuilder().Training("shards", "4").Parse(), DataFingerprint);

            // Then
            Assert.Equal(CacheKey.Compute(config, DataFingerprint), key);
        }

        [Fact]
        public void Should_Change_With_The_Data_Fingerprint()
        {
            // Given
            var config = new ConfigBuilder().Parse();

            // When
            var key = CacheKey.Compute(config, DataFingerprint.Replace('1', '2'));

            // Then
            Assert.NotEqual(CacheKey.Compute(config, DataFingerprint), key);
        }

        [Fact]
        public void Should_Change_With_The_Seed()
        {
            // Given
            var config = new ConfigBuilder().Parse();

            // When
            var key = CacheKey.Compute(new ConfigBuilder().Training("seed", "2").Parse(), DataFingerprint);

            // Then
            Assert.NotEqual(CacheKey.Compute(config, DataFingerprint), key);
        }

        [Fact]
        public void Should_Change_With_The_Search_Space()
        {
            // Given
            var config = new ConfigBuilder().Parse();

            // When
            var key = CacheKey.Compute(
                new ConfigBuilder().Candidates("- trainer: logistic_regression", "  space:", "    l2_regularization: [2]").Parse(),
                DataFingerprint);

            // Then
            Assert.NotEqual(CacheKey.Compute(config, DataFingerprint), key);
        }

        [Fact]
        public void Should_Change_With_A_Column_Kind()
        {
            // Given
            var config = new ConfigBuilder().Parse();

            // When
            var key = CacheKey.Compute(new ConfigBuilder().Column("x", "ignore").Column("size", "numeric").Parse(), DataFingerprint);

            // Then
            Assert.NotEqual(CacheKey.Compute(config, DataFingerprint), key);
        }

        [Fact]
        public void Should_Not_Change_With_The_Gates()
        {
            // Given
            var config = new ConfigBuilder().Parse();

            // When
            var key = CacheKey.Compute(new ConfigBuilder().Gates("thresholds:", "  roc_auc: { min: 0.9 }").Parse(), DataFingerprint);

            // Then
            Assert.Equal(CacheKey.Compute(config, DataFingerprint), key);
        }
    }
}
