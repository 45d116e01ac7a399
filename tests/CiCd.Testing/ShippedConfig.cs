using System.Text.RegularExpressions;

namespace CiCd.Testing;

/// <summary>
/// A shipped mlops.yaml as text, with the parts a quick test model changes: its training section (one small
/// candidate instead of the full search, the sections after it dropped) and where the data is.
/// The dataset schema and validation rules stay as shipped, so the tests follow the config users get.
/// </summary>
public sealed partial class ShippedConfig
{
    private readonly string _text;

    private ShippedConfig(string path, string text)
    {
        SourcePath = path;
        _text = text;
    }

    /// <summary>The shipped file's absolute path: relative paths in the text resolve against its folder.</summary>
    public string SourcePath { get; }

    /// <summary>The shipped config at <paramref name="relative"/> ('/'-separated, from the repository root).</summary>
    public static ShippedConfig Read(string relative = "mlops.yaml")
    {
        var path = RepositoryRoot.PathOf(relative);
        return new ShippedConfig(path, File.ReadAllText(path));
    }

    /// <summary>The dataset read from <paramref name="path"/> (the first <c>  path:</c> line, the dataset's).</summary>
    public ShippedConfig WithDataPath(string path) => new(SourcePath, DataPath().Replace(_text, $"  path: '{path}'", 1));

    /// <summary>
    /// The training section replaced by <paramref name="section"/> (YAML starting <c>training:</c>) and every
    /// section after it dropped, so gates, drift, release and monitor take the library defaults.
    /// </summary>
    public ShippedConfig WithOnlyTraining(string section) => new(SourcePath, Head() + "\n" + section.TrimEnd('\n') + "\n");

    /// <summary>
    /// <see cref="WithOnlyTraining"/> with a quick search: one <paramref name="candidate"/> (a YAML list item,
    /// unindented), two folds and a fifth held out, so a model trains in seconds.
    /// </summary>
    public ShippedConfig WithQuickTraining(string candidate, int seed = 42, string primaryMetric = "roc_auc")
    {
        var indented = string.Join('\n', candidate.Trim('\n').Split('\n').Select(line => "    " + line));
        return WithOnlyTraining($"""
            training:
              seed: {seed}
              test_fraction: 0.2
              folds: 2
              primary_metric: {primaryMetric}
              candidates:
            {indented}
            """);
    }

    /// <summary>The YAML text.</summary>
    public override string ToString() => _text;

    private string Head()
    {
        var training = _text.IndexOf("\ntraining:", StringComparison.Ordinal);
        if (training < 0)
        {
            throw new InvalidOperationException($"{SourcePath}: no training section to replace");
        }
        return _text[..training];
    }

    [GeneratedRegex(@"^  path: .*$", RegexOptions.Multiline)]
    private static partial Regex DataPath();
}
