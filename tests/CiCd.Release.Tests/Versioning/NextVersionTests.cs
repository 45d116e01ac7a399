using CiCd.Release.Versioning;
using FsCheck;
using FsCheck.Xunit;

namespace CiCd.Release.Tests.Versioning;

public static class NextVersionTests
{
    public sealed class ThePlanMethod
    {
        private const string Commit = "b318ac7f00d1e2";

        [Fact]
        public void Should_Start_A_Series_At_Patch_Zero()
        {
            // When
            var plan = NextVersion.Plan("1.4", ["v1.3.7", "v0.9.0"], [], Commit);

            // Then
            Assert.Equal(("1.4.0", "v1.4.0", (string?)null, false), (plan.Version, plan.Tag, plan.Previous, plan.AlreadyTagged));
        }

        [Fact]
        public void Should_Take_One_Past_The_Highest_Tag_Of_The_Series()
        {
            // When
            var plan = NextVersion.Plan("1.4", ["v1.4.0", "v1.4.2", "v1.4.1", "v1.5.0", "v2.4.9"], [], Commit);

            // Then
            Assert.Equal(("1.4.3", "v1.4.2"), (plan.Version, plan.Previous));
        }

        [Fact]
        public void Should_Compare_Patches_As_Numbers()
        {
            // When
            var plan = NextVersion.Plan("1.0", ["v1.0.9", "v1.0.10", "v1.0.2"], [], Commit);

            // Then
            Assert.Equal("1.0.11", plan.Version);
        }

        [Fact]
        public void Should_Ignore_Release_Candidates_And_Other_Names()
        {
            // When
            var plan = NextVersion.Plan("1.0", ["v1.0.0", "v1.0.7-rc.1", "v1.0.05", "nightly", "v1.0.3.1"], [], Commit);

            // Then
            Assert.Equal("1.0.1", plan.Version);
        }

        [Fact]
        public void Should_Count_Past_Gaps_Left_By_Deleted_Tags()
        {
            // When
            var plan = NextVersion.Plan("1.0", ["v1.0.0", "v1.0.5"], [], Commit);

            // Then
            Assert.Equal("1.0.6", plan.Version);
        }

        [Fact]
        public void Should_Keep_The_Version_A_Commit_Already_Carries_When_The_Release_Is_Rerun()
        {
            // When
            var plan = NextVersion.Plan("1.0", ["v1.0.0", "v1.0.1", "v1.0.2"], ["v1.0.1"], Commit);

            // Then
            Assert.Equal(("1.0.1", true, "v1.0.0"), (plan.Version, plan.AlreadyTagged, plan.Previous));
        }

        [Fact]
        public void Should_Not_Reuse_A_Tag_Of_Another_Series_On_The_Commit()
        {
            // When
            var plan = NextVersion.Plan("2.0", ["v1.0.4"], ["v1.0.4"], Commit);

            // Then
            Assert.Equal(("2.0.0", false), (plan.Version, plan.AlreadyTagged));
        }

        [Fact]
        public void Should_Name_The_Release_Candidate_After_The_Short_Commit()
        {
            // When
            var plan = NextVersion.Plan("1.0", ["v1.0.0"], [], "B318AC7F00D1E2");

            // Then
            Assert.Equal("1.0.1-rc.gb318ac7", plan.Candidate);
        }

        [Fact]
        public void Should_Have_No_Candidate_Without_A_Commit() =>
            Assert.Null(NextVersion.Plan("1.0", [], [], null).Candidate);

        [Theory]
        [InlineData("1")]
        [InlineData("1.0.0")]
        [InlineData("01.2")]
        [InlineData("v1.0")]
        [InlineData("")]
        public void Should_Refuse_A_Prefix_That_Is_Not_Major_Minor(string prefix) =>
            Assert.Throws<ArgumentException>(() => NextVersion.Plan(prefix, [], [], Commit));

        [Property]
        public bool Should_Be_Above_Every_Tag_Of_The_Series(NonNegativeInt[] patches)
        {
            // Given
            var tags = patches.Select(p => $"v3.1.{p.Get % 100_000}").ToList();

            // When
            var next = ReleaseVersion.FromTag(NextVersion.Plan("3.1", tags, [], Commit).Tag)!;

            // Then
            return tags.All(t => ReleaseVersion.FromTag(t)! < next) && (tags.Count > 0 || next.Patch == 0);
        }

        [Property]
        public bool Should_Not_Depend_On_The_Order_Of_The_Tags(NonNegativeInt[] patches)
        {
            // Given
            var tags = patches.Select(p => $"v3.1.{p.Get % 1000}").ToList();

            // When / Then
            return NextVersion.Plan("3.1", tags, [], Commit) == NextVersion.Plan("3.1", Enumerable.Reverse(tags), [], Commit);
        }
    }
}
