using CiCd.Errors;
using CiCd.Train.Shards;

namespace CiCd.Core.Tests.Train.Shards;

public sealed class ShardIdTests
{
    public sealed class TheParseMethod
    {
        [Fact]
        public void Should_Read_I_Of_N()
        {
            // Given
            var text = "2/4";

            // When
            var shard = ShardId.Parse(text);

            // Then
            Assert.Equal(new ShardId(2, 4), shard);
            Assert.Equal("train-shard-2-of-4.json", shard.FileName);
        }

        [Theory]
        [InlineData("0/4")]
        [InlineData("5/4")]
        [InlineData("1/0")]
        public void Should_Reject_An_Index_Out_Of_Range(string text)
        {
            // Given / When
            var error = Assert.Throws<InputException>(() => ShardId.Parse(text));

            // Then
            Assert.Equal(ExitCodes.InputError, error.ExitCode);
            Assert.Contains("out of range", error.Message, StringComparison.Ordinal);
            Assert.Contains("--shard", error.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("2")]
        [InlineData("2/4/8")]
        [InlineData("-1/4")]
        [InlineData("a/b")]
        [InlineData("")]
        public void Should_Reject_Text_That_Is_Not_I_Of_N(string text)
        {
            // Given / When
            var error = Assert.Throws<InputException>(() => ShardId.Parse(text));

            // Then
            Assert.Contains("expected I/N", error.Message, StringComparison.Ordinal);
        }
    }

    public sealed class TheOwnsMethod
    {
        [Theory]
        [InlineData(1)]
        [InlineData(3)]
        [InlineData(7)]
        [InlineData(200)]
        public void Should_Give_Every_Unit_To_Exactly_One_Shard(int count)
        {
            // Given
            var shards = Enumerable.Range(1, count).Select(i => new ShardId(i, count)).ToList();

            // When
            var owners = Enumerable.Range(0, 130).Select(unit => shards.Count(s => s.Owns(unit))).ToList();

            // Then
            Assert.All(owners, owner => Assert.Equal(1, owner));
        }
    }
}
