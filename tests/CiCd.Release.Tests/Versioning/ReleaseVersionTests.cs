using CiCd.Release.Versioning;

namespace CiCd.Release.Tests.Versioning;

public static class ReleaseVersionTests
{
    public sealed class TheFromTagMethod
    {
        [Theory]
        [InlineData("v1.0.0", 1, 0, 0)]
        [InlineData("v1.4.12", 1, 4, 12)]
        [InlineData("v0.1.0", 0, 1, 0)]
        [InlineData(" v2.0.3\n", 2, 0, 3)]
        public void Should_Read_A_Release_Tag(string tag, int major, int minor, int patch) =>
            Assert.Equal(new ReleaseVersion(major, minor, patch), ReleaseVersion.FromTag(tag));

        [Theory]
        [InlineData("1.0.0")]
        [InlineData("v1.0")]
        [InlineData("v1.0.0-rc.1")]
        [InlineData("v1.0.01")]
        [InlineData("v01.0.1")]
        [InlineData("v1.0.0.0")]
        [InlineData("release-1.0.0")]
        [InlineData("v1.0.99999999999")]
        [InlineData("")]
        public void Should_Not_Take_Anything_Else_For_A_Release(string tag) =>
            Assert.Null(ReleaseVersion.FromTag(tag));
    }

    public sealed class TheCompareToMethod
    {
        [Fact]
        public void Should_Order_Numerically_Not_As_Text()
        {
            // Given
            var versions = new[] { "v1.10.0", "v1.9.0", "v1.9.10", "v1.9.2", "v2.0.0", "v0.99.99" }.Select(t => ReleaseVersion.FromTag(t)!).ToList();

            // When
            var sorted = versions.Order().Select(v => v.Tag);

            // Then
            Assert.Equal(["v0.99.99", "v1.9.2", "v1.9.10", "v1.10.0", "v2.0.0"], sorted.Where(t => t != "v1.9.0").ToArray());
            Assert.True(ReleaseVersion.FromTag("v1.9.0")! < ReleaseVersion.FromTag("v1.9.2")!);
        }
    }
}
