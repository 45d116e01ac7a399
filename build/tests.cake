// What the Test target prints after the tests: the slowest tests of the run, read from the .trx files it wrote, so the
// next person to speed up CI starts from figures. Loaded by build.cake.
using System.Xml.Linq;

public static void PrintSlowestTests(ICakeContext context, DirectoryPath results, int count)
{
    XNamespace trx = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";
    var tests = context.GetFiles($"{results}/*.trx")
        .SelectMany(file => XDocument.Load(file.FullPath).Descendants(trx + "UnitTestResult")
            .Select(result => (Name: (string)result.Attribute("testName"), Project: file.GetFilenameWithoutExtension().ToString(),
                Duration: TimeSpan.TryParse((string)result.Attribute("duration"), System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : TimeSpan.Zero)))
        .OrderByDescending(test => test.Duration)
        .Take(count)
        .ToList();
    context.Information($"Slowest {tests.Count} tests:");
    foreach (var test in tests)
    {
        context.Information($"  {test.Duration.TotalSeconds,7:0.0} s  {test.Project}  {test.Name}");
    }
}
