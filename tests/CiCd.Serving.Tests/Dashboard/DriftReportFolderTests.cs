using CiCd.Serving.Dashboard;
using CiCd.Serving.Hosting;
using CiCd.Serving.Tests.Fixtures;
using CiCd.Testing;
using Microsoft.Extensions.Options;

namespace CiCd.Serving.Tests.Dashboard;

public sealed class DriftReportFolderTests
{
    public sealed class TheReadMethod
    {
        private static readonly DateTimeOffset First = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        private static readonly DateTimeOffset Second = new(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);

        // Read half a second after the stamp: a slow machine must not turn "just written" into "long ago".
        private static DriftReportFolder FolderAt(string root, DateTime stamp) =>
            new(Options.Create(new ServingOptions { Model = "unused", DriftReports = root }), new FrozenClock(stamp.AddSeconds(0.5)),
                new DriftReportDatabase(Options.Create(new PredictionLogOptions())));

        // The same report generated on another day: the same length to the byte, other content. Without a stamp, the file
        // keeps the one it was written with.
        private static (string Path, DateTime Stamp) Rewrite(string root, DateTimeOffset generated, DateTime? stamp = null)
        {
            var path = DriftReports.Write(root, DriftReports.Green(TrainedModel.Credit), generated);
            if (stamp is { } given)
            {
                File.SetLastWriteTimeUtc(path, given);
            }
            return (path, File.GetLastWriteTimeUtc(path));
        }

        [Fact]
        public void Should_See_A_Same_Length_Rewrite_When_The_Time_Stamp_Did_Not_Change()
        {
            // Given: a report read just after it was written
            using var folder = new TempFolder();
            var (path, stamp) = Rewrite(folder.Root, First);
            var reports = FolderAt(folder.Root, stamp);
            var before = reports.Read();
            var length = new FileInfo(path).Length;

            // When: rewritten within the time stamp's resolution, so stamp and length stay the same
            Rewrite(folder.Root, Second, stamp);
            var after = reports.Read();

            // Then
            Assert.Equal(length, new FileInfo(path).Length);
            Assert.Equal(First, before.Latest!.Report.GeneratedUtc);
            Assert.Equal(Second, after.Latest!.Report.GeneratedUtc);
            Assert.NotEqual(before.Signature, after.Signature);
        }

        [Fact]
        public void Should_Keep_The_Parsed_Report_When_Nothing_Changed()
        {
            // Given: a report written long before it is read, so its stamp is trusted
            using var folder = new TempFolder();
            var (_, stamp) = Rewrite(folder.Root, First);
            var reports = FolderAt(folder.Root, stamp.AddMinutes(5));
            var before = reports.Read();

            // When
            var after = reports.Read();

            // Then: the same parsed object, not a second parse
            Assert.Same(before.Latest!.Report, after.Latest!.Report);
            Assert.Equal(before.Signature, after.Signature);
        }

        [Fact]
        public void Should_Show_The_Problem_When_A_Recent_Report_Becomes_Unreadable()
        {
            // Given
            using var folder = new TempFolder();
            var (path, stamp) = Rewrite(folder.Root, First);
            var reports = FolderAt(folder.Root, stamp);
            reports.Read();

            // When: overwritten with as many bytes of garbage, the stamp kept
            File.WriteAllText(path, new string('x', (int)new FileInfo(path).Length));
            File.SetLastWriteTimeUtc(path, stamp);
            var after = reports.Read();

            // Then
            Assert.Null(after.Latest);
            Assert.Equal(path, Assert.Single(after.Problems).File);
        }
    }

    private sealed class FrozenClock(DateTime utcNow) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utcNow, TimeSpan.Zero);
    }
}
