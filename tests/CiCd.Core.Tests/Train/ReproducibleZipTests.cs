using System.IO.Compression;
using System.Text;
using CiCd.Train;

namespace CiCd.Core.Tests.Train;

public sealed class ReproducibleZipTests
{
    private static byte[] Zip(DateTimeOffset time, params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                var entry = zip.CreateEntry(name);
                entry.LastWriteTime = time;
                using var writer = new StreamWriter(entry.Open(), Encoding.UTF8);
                writer.Write(text);
            }
        }
        return stream.ToArray();
    }

    private static byte[] Rewritten(byte[] zip)
    {
        using var output = new MemoryStream();
        ReproducibleZip.Rewrite(new MemoryStream(zip), output);
        return output.ToArray();
    }

    private static List<(string Name, string Text)> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return [.. archive.Entries.Select(entry =>
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            return (entry.FullName, reader.ReadToEnd());
        })];
    }

    private static byte[] ZipOfBytes(params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = zip.CreateEntry(name).Open();
                writer.Write(content);
            }
        }
        return stream.ToArray();
    }

    public sealed class TheRewriteMethod
    {
        [Fact]
        public void Should_Give_The_Same_Bytes_For_A_Term_Map_Whose_Blocks_Were_Written_In_Another_Order()
        {
            // Given: a model's term map as one save wrote it, and as a save whose compression threads raced wrote it
            var saved = IdvBlockOrderTests.Saved();
            var inOrder = ZipOfBytes(("Model/DefaultMap.idv", saved));
            var raced = ZipOfBytes(("Model/DefaultMap.idv", IdvBlockOrderTests.Raced(saved)));

            // When
            var first = Rewritten(inOrder);
            var second = Rewritten(raced);

            // Then
            Assert.Equal(first, second);
        }

        [Fact]
        public void Should_Give_The_Same_Bytes_For_The_Same_Entries_Saved_At_Different_Times()
        {
            // Given
            (string, string)[] entries = [("Model/Model.key", "a"), ("TransformerChain/Version.txt", "b")];
            var monday = Zip(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero), entries);
            var tuesday = Zip(new DateTimeOffset(2026, 12, 8, 17, 30, 4, TimeSpan.Zero), entries);

            // When
            var first = Rewritten(monday);
            var second = Rewritten(tuesday);

            // Then
            Assert.NotEqual(monday, tuesday);
            Assert.Equal(first, second);
        }

        [Fact]
        public void Should_Keep_Every_Entry_Its_Name_Content_And_Place()
        {
            // Given
            var zip = Zip(DateTimeOffset.UtcNow, ("b.txt", "second file"), ("a/x.bin", new string('x', 10_000)), ("c.txt", ""));

            // When
            var rewritten = Rewritten(zip);

            // Then
            Assert.Equal(Entries(zip), Entries(rewritten));
        }
    }
}
