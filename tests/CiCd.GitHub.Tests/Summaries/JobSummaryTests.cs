using System.Text;
using CiCd.GitHub.Summaries;

namespace CiCd.GitHub.Tests.Summaries;

public static class JobSummaryTests
{
    public sealed class TheAppendMethod : IDisposable
    {
        private readonly string _summary = Path.Combine(Path.GetTempPath(), $"step-summary-{Guid.NewGuid():N}.md");

        public void Dispose() => File.Delete(_summary);

        [Fact]
        public void Should_Append_After_What_Earlier_Commands_Wrote()
        {
            // Given
            File.WriteAllText(_summary, "## Tests\n\n");

            // When
            var result = JobSummary.Append(_summary, "## Gate: passed");

            // Then
            Assert.Equal("## Tests\n\n## Gate: passed\n\n", File.ReadAllText(_summary));
            Assert.False(result.Truncated);
        }

        [Fact]
        public void Should_Create_The_File_When_It_Does_Not_Exist()
        {
            // When
            JobSummary.Append(_summary, "first");

            // Then
            Assert.Equal("first\n\n", File.ReadAllText(_summary));
        }

        [Fact]
        public void Should_Cut_A_Report_That_Would_Cross_1_MiB()
        {
            // Given
            File.WriteAllText(_summary, new string('x', 1_000_000));

            // When
            var result = JobSummary.Append(_summary, string.Concat(Enumerable.Repeat("| ä | ö |\n", 20_000)));

            // Then
            Assert.True(result.Truncated);
            Assert.True(new FileInfo(_summary).Length <= JobSummary.MaxBytes, $"{new FileInfo(_summary).Length} bytes");
            Assert.EndsWith(JobSummary.TruncatedNotice, File.ReadAllText(_summary), StringComparison.Ordinal);
        }

        [Fact]
        public void Should_Never_Cross_1_MiB_Over_Many_Appends()
        {
            // Given
            var report = new string('r', 300_000);

            // When
            var results = Enumerable.Range(0, 6).Select(_ => JobSummary.Append(_summary, report)).ToList();

            // Then
            Assert.True(new FileInfo(_summary).Length <= JobSummary.MaxBytes);
            Assert.Equal(0, results[^1].BytesWritten);
        }

        [Fact]
        public void Should_Count_Bytes_Not_Characters()
        {
            // Given: 600,000 characters of two bytes each is 1.2 MB.
            var report = new string('é', 600_000);

            // When
            JobSummary.Append(_summary, report);

            // Then
            Assert.True(Encoding.UTF8.GetByteCount(File.ReadAllText(_summary)) <= JobSummary.MaxBytes);
        }
    }
}
