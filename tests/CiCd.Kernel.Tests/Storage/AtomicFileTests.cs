using System.Text;
using CiCd.Storage;
using CiCd.Testing;

namespace CiCd.Kernel.Tests.Storage;

public sealed class AtomicFileTests
{
    public sealed class TheWriteAllTextMethod
    {
        [Fact]
        public void Should_Write_Utf8_Without_A_Bom()
        {
            // Given
            using var folder = new TempFolder();
            var path = folder.PathOf("report.md");

            // When
            AtomicFile.WriteAllText(path, "é ✅");

            // Then
            Assert.Equal(Encoding.UTF8.GetBytes("é ✅"), File.ReadAllBytes(path));
        }

        [Fact]
        public void Should_Replace_The_Existing_Content()
        {
            // Given
            using var folder = new TempFolder();
            var path = folder.Write("report.md", "old content that is longer");

            // When
            AtomicFile.WriteAllText(path, "new");

            // Then
            Assert.Equal("new", File.ReadAllText(path));
        }

        [Fact]
        public void Should_Create_Missing_Folders()
        {
            // Given
            using var folder = new TempFolder();
            var path = folder.PathOf("a/b/c/report.md");

            // When
            AtomicFile.WriteAllText(path, "x");

            // Then
            Assert.Equal("x", File.ReadAllText(path));
        }

        [Fact]
        public void Should_Leave_No_Temp_File_Behind()
        {
            // Given
            using var folder = new TempFolder();

            // When
            AtomicFile.WriteAllText(folder.PathOf("report.md"), "x");

            // Then
            Assert.Equal(["report.md"], folder.FilesIn());
        }
    }

    public sealed class TheWriteAllBytesMethod
    {
        [Fact]
        public void Should_Write_The_Bytes_Unchanged()
        {
            // Given
            using var folder = new TempFolder();
            byte[] content = [0, 1, 2, 255];

            // When
            AtomicFile.WriteAllBytes(folder.PathOf("model.bin"), content);

            // Then
            Assert.Equal(content, File.ReadAllBytes(folder.PathOf("model.bin")));
        }
    }

    public sealed class TheWriteMethod
    {
        [Fact]
        public void Should_Keep_The_Old_Content_When_The_Writer_Fails()
        {
            // Given
            using var folder = new TempFolder();
            var path = folder.Write("model.zip", "old");

            // When
            Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
            {
                stream.Write("half"u8);
                throw new InvalidOperationException("disk full");
            }));

            // Then
            Assert.Equal("old", File.ReadAllText(path));
            Assert.Equal(["model.zip"], folder.FilesIn());
        }

        [Fact]
        public void Should_Create_No_File_When_The_Writer_Fails()
        {
            // Given
            using var folder = new TempFolder();
            var path = folder.PathOf("model.zip");

            // When
            Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, _ => throw new InvalidOperationException("boom")));

            // Then
            Assert.Empty(folder.FilesIn());
        }

        [Fact]
        public void Should_Name_The_Target_Not_Its_Temp_File_When_The_File_System_Refuses()
        {
            // Given: a folder no file can be made in (procfs refuses new files, even to root)
            var path = $"/proc/cicd-{Guid.NewGuid():N}.yaml";

            // When
            var error = Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAllText(path, "x"));

            // Then: the user's path, as the file system's own exception type (the CLI prints those as the machine's refusal)
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(".tmp", error.Message, StringComparison.Ordinal);
            Assert.Null(error.InnerException);
        }

        [Fact]
        public void Should_Accept_A_Relative_Path()
        {
            // Given
            using var folder = new TempFolder();
            var relative = Path.GetRelativePath(Environment.CurrentDirectory, folder.PathOf("relative.txt"));

            // When
            AtomicFile.Write(relative, stream => stream.Write("ok"u8));

            // Then
            Assert.Equal("ok", File.ReadAllText(folder.PathOf("relative.txt")));
        }
    }
}
