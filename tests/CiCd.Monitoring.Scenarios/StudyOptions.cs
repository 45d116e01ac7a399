namespace CiCd.Monitoring.Scenarios.Study;

/// <summary>The study's knobs, from the command line.</summary>
/// <param name="Config">mlops.yaml (dataset schema and data path).</param>
/// <param name="Repetitions">Seeded repetitions per cell.</param>
/// <param name="Seed">Base seed; repetition r uses Seed + r.</param>
/// <param name="ReferenceRows">Rows of each random reference split (the rest is the current pool).</param>
/// <param name="CurrentSizes">Current sample sizes, drawn from the pool without replacement.</param>
internal sealed record StudyOptions(string Config, int Repetitions, int Seed, int ReferenceRows, int[] CurrentSizes)
{
    public static StudyOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
        }
        return new StudyOptions(
            Value("--config", FindConfig()),
            int.Parse(Value("--reps", "200"), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Value("--seed", "20261124"), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Value("--reference-rows", "600"), System.Globalization.CultureInfo.InvariantCulture),
            [.. Value("--sizes", "100,200,400").Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))]);
    }

    // Run from anywhere inside the repository: the shipped mlops.yaml sits at its root.
    private static string FindConfig()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "mlops.yaml");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        return "mlops.yaml";
    }
}
