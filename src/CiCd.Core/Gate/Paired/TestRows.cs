using CiCd.Data;
using CiCd.Train;

namespace CiCd.Gate.Paired;

/// <summary>The candidate's held-out rows, found by the source lines its test predictions name.</summary>
internal static class TestRows
{
    /// <summary>Row indexes in <paramref name="data"/> of the lines in the candidate's test predictions, or a reason why not.</summary>
    public static (int[]? Rows, string? Reason) Find(string candidateFolder, Dataset data)
    {
        var path = Path.Combine(candidateFolder, TrainingFiles.Predictions);
        return File.Exists(path)
            ? Read(path, data)
            : (null, $"the candidate's test predictions ({TrainingFiles.Predictions}) are not beside its card");
    }

    /// <summary>Row indexes in <paramref name="data"/> of the lines in the test predictions at <paramref name="path"/>, or a reason why not.</summary>
    public static (int[]? Rows, string? Reason) Read(string path, Dataset data)
    {
        var table = CsvReader.Read(path);
        var lineColumn = table.IndexOf("line");
        var byLine = new Dictionary<int, int>();
        for (var i = 0; i < data.Lines.Length; i++)
        {
            byLine[data.Lines[i]] = i;
        }
        var rows = new List<int>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            if (lineColumn < 0 || !int.TryParse(row.Values[lineColumn], out var line) || !byLine.TryGetValue(line, out var index))
            {
                return (null, $"{path} names a test row that is not in the data file");
            }
            rows.Add(index);
        }
        return (rows.ToArray(), null);
    }
}
