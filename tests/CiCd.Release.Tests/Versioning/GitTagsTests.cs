using CiCd.Errors;
using CiCd.Release.Versioning;

namespace CiCd.Release.Tests.Versioning;

public static class GitTagsTests
{
    public sealed class WithARepository : IDisposable
    {
        private readonly GitRepository _repo = new();

        public void Dispose() => _repo.Dispose();

        [Fact]
        public void Should_List_The_Version_Tags_And_Those_On_A_Commit()
        {
            // Given
            var first = _repo.Commit("one");
            _repo.Tag("v1.0.0");
            _repo.Tag("nightly");
            var second = _repo.Commit("two");
            _repo.Tag("v1.0.1");

            // When
            var tags = new GitTags(_repo.Folder);

            // Then
            Assert.Equal(["v1.0.0", "v1.0.1"], tags.All().Order().ToArray());
            Assert.Equal(["v1.0.0"], tags.At(first));
            Assert.Equal(second, tags.Head());
        }

        [Fact]
        public void Should_Plan_The_Next_Version_From_A_Real_History()
        {
            // Given
            _repo.Commit("one");
            _repo.Tag("v1.0.0");
            _repo.Commit("two");
            _repo.Tag("v1.0.1");
            var head = _repo.Commit("three");
            var tags = new GitTags(_repo.Folder);

            // When
            var plan = NextVersion.Plan("1.0", tags.All(), tags.At(head), head);

            // Then
            Assert.Equal(("v1.0.2", "v1.0.1"), (plan.Tag, plan.Previous));
        }

        [Fact]
        public void Should_Accept_A_Full_Clone()
        {
            // Given
            _repo.Commit("one");

            // When / Then
            new GitTags(_repo.Folder).RequireFullHistory();
        }

        [Fact]
        public void Should_Refuse_A_Shallow_Clone_Whose_Tags_Are_Missing()
        {
            // Given
            _repo.Commit("one");
            _repo.Tag("v1.0.0");
            _repo.Commit("two");
            var shallow = _repo.Folder + "-shallow";
            GitRepository.Run(Path.GetTempPath(), $"clone -q --depth 1 --no-tags file://{_repo.Folder} {shallow}");

            try
            {
                // When
                var error = Assert.Throws<InputException>(() => new GitTags(shallow).RequireFullHistory());

                // Then
                Assert.Contains("fetch-depth: 0", error.Message, StringComparison.Ordinal);
            }
            finally
            {
                foreach (var file in Directory.EnumerateFiles(shallow, "*", SearchOption.AllDirectories))
                {
                    File.SetAttributes(file, FileAttributes.Normal);
                }
                Directory.Delete(shallow, recursive: true);
            }
        }

        [Fact]
        public void Should_Name_The_Folder_When_It_Is_Not_A_Repository()
        {
            // Given
            var folder = Directory.CreateTempSubdirectory("cicd-no-git-").FullName;

            try
            {
                // When
                var error = Assert.Throws<InputException>(() => new GitTags(folder).All());

                // Then
                Assert.Contains(folder, error.Message, StringComparison.Ordinal);
            }
            finally
            {
                Directory.Delete(folder);
            }
        }
    }
}
