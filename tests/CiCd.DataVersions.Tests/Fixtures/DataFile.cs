using System.Globalization;
using System.Text;

namespace CiCd.DataVersions.Tests.Fixtures;

/// <summary>A CSV of about <c>bytes</c> bytes with a header and seeded rows, so each test knows exactly what it pushed.</summary>
public static class DataFile
{
    public static string Write(string path, int bytes, int seed = 1)
    {
        var random = new Random(seed);
        var text = new StringBuilder("x,y,label\n");
        while (text.Length < bytes)
        {
            text.Append(CultureInfo.InvariantCulture, $"{random.NextDouble():R},{random.Next(1000)},{(random.Next(2) == 0 ? "good" : "bad")}\n");
        }
        File.WriteAllText(path, text.ToString());
        return path;
    }
}
