namespace CiCd.Monitoring.Scenarios.Study;

/// <summary>The study's knobs, from the command line.</summary>
/// <param name="Config">mlops.yaml (dataset schema and data path).</param>
/// <param name="Repetitions">Seeded repetitions per cell.</param>
/// <param name="Seed">Base seed; repetition r uses Seed + r.</param>
/// <param name="ReferenceRows">Rows of each random reference split (the rest is the current pool).</param>
/// <param name="CurrentSizes">Current sample sizes, drawn from the pool without replacement.</param>
/// <param name="Resample">
/// Draw the reference and the current samples with replacement from the whole table instead of splitting it:
/// both are then independent samples of the table's empirical distribution, so a reference larger than the
/// table (the Wasserstein / Jensen-Shannon path) or current samples larger than the held-out pool stay honest.
/// </param>
internal sealed record StudyOptions(string Config, int Repetitions, int Seed, int ReferenceRows, int[] CurrentSizes, bool Resample)
{
    /// <summary>One line saying how reference and current samples were drawn from a table of <paramref name="tableRows"/> rows.</summary>
    public string Design(int tableRows) => Resample
        ? $"reference {ReferenceRows} rows resampled with replacement (fixed seeds) from the {tableRows} source rows; current samples drawn with replacement from the same rows"
        : $"reference {ReferenceRows} rows split at random from the {tableRows} source rows; current samples drawn without replacement from the other {tableRows - ReferenceRows}";

    /// <summary>The problem with these options for a table of <paramref name="tableRows"/> rows, or null when they fit.</summary>
    public string? Check(int tableRows)
    {
        if (Resample || ReferenceRows + CurrentSizes.Max() <= tableRows)
        {
            return null;
        }
        return $"--reference-rows {ReferenceRows} plus a current sample of {CurrentSizes.Max()} needs {ReferenceRows + CurrentSizes.Max()} rows, "
            + $"but the table has {tableRows}; lower them or add --resample to draw both with replacement";
    }

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
            [.. Value("--sizes", "100,200,400").Split(',').Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))],
            args.Contains("--resample"));
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
