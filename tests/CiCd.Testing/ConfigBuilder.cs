using System.Text;
using CiCd.Configuration;

namespace CiCd.Testing;

/// <summary>
/// Builds mlops.yaml text for tests. The default is a valid binary config for <see cref="CsvBuilder.Tiny"/>
/// data in <c>data.csv</c> next to the config, with one fast candidate and two folds; each method changes one part.
/// </summary>
public sealed class ConfigBuilder
{
    private readonly List<string> _dataset =
        ["name: tiny", "path: data.csv", "target: label", "task: binary", "classes: [good, bad]", "positive_class: bad"];

    private readonly List<string> _columns =
        ["x: { kind: numeric, range: [0, 100] }", "colour: { kind: categorical, allowed: [red, green, blue] }", "label: categorical"];

    private readonly List<string> _validation = ["rows: { min: 10 }"];
    private readonly List<string> _training = ["seed: 1", "test_fraction: 0.25", "folds: 2", "primary_metric: roc_auc"];
    private readonly List<string> _top = [];
    private List<string> _candidates = ["- trainer: logistic_regression", "  space:", "    l2_regularization: [1]"];
    private List<string> _gates = [];

    /// <summary>Sets (or with null removes) a key of the <c>dataset</c> section.</summary>
    public ConfigBuilder Dataset(string key, string? value) => Set(_dataset, key, value);

    /// <summary>Sets (or with null removes) a column under <c>dataset.columns</c>.</summary>
    public ConfigBuilder Column(string name, string? spec) => Set(_columns, name, spec);

    /// <summary>Sets (or with null removes) a key of the <c>validation</c> section.</summary>
    public ConfigBuilder Validation(string key, string? value) => Set(_validation, key, value);

    /// <summary>Sets (or with null removes) a key of the <c>training</c> section.</summary>
    public ConfigBuilder Training(string key, string? value) => Set(_training, key, value);

    /// <summary>Replaces the candidate list with these lines (as under <c>candidates:</c>, without indentation).</summary>
    public ConfigBuilder Candidates(params string[] lines)
    {
        _candidates = [.. lines];
        return this;
    }

    /// <summary>Replaces the <c>gates</c> section with these lines (without indentation).</summary>
    public ConfigBuilder Gates(params string[] lines)
    {
        _gates = [.. lines];
        return this;
    }

    /// <summary>Adds a top-level line after the sections.</summary>
    public ConfigBuilder TopLevel(string line)
    {
        _top.Add(line);
        return this;
    }

    /// <summary>A three-class config (a, b, c) with a multiclass trainer.</summary>
    public ConfigBuilder Multiclass()
    {
        Dataset("task", "multiclass").Dataset("classes", "[a, b, c]").Dataset("positive_class", null);
        Training("primary_metric", "accuracy");
        return Candidates("- trainer: maximum_entropy", "  space:", "    l2_regularization: [1]");
    }

    /// <summary>A regression config for <see cref="CsvBuilder.TinyRegression"/> data: numeric target <c>label</c>, one fast trainer.</summary>
    public ConfigBuilder Regression()
    {
        Dataset("task", "regression").Dataset("classes", null).Dataset("positive_class", null);
        Column("label", "{ kind: numeric, range: [-1000, 1000] }");
        Training("primary_metric", "rmse");
        return Candidates("- trainer: sdca", "  space:", "    l2_regularization: [0.001]");
    }

    public string Build()
    {
        var text = new StringBuilder();
        text.Append("dataset:\n");
        Indent(text, _dataset, 2);
        text.Append("  columns:\n");
        Indent(text, _columns, 4);
        text.Append("validation:\n");
        Indent(text, _validation, 2);
        text.Append("training:\n");
        Indent(text, _training, 2);
        text.Append(_candidates.Count == 0 ? "  candidates: []\n" : "  candidates:\n");
        Indent(text, _candidates, 4);
        if (_gates.Count > 0)
        {
            text.Append("gates:\n");
            Indent(text, _gates, 2);
        }
        Indent(text, _top, 0);
        return text.ToString();
    }

    /// <summary>Parses the config as if it were <c>mlops.yaml</c> in <paramref name="folder"/> (default: the temp folder).</summary>
    public MlopsConfig Parse(string? folder = null) =>
        ConfigLoader.Parse(Path.Combine(folder ?? Path.GetTempPath(), "mlops.yaml"), Build());

    public string WriteTo(TempFolder folder, string name = "mlops.yaml") => folder.Write(name, Build());

    /// <summary>The 1-based line of the first line of <paramref name="yaml"/> containing <paramref name="fragment"/>.</summary>
    public static int LineOf(string yaml, string fragment) =>
        yaml.Split('\n').Select((line, i) => (line, i)).First(pair => pair.line.Contains(fragment, StringComparison.Ordinal)).i + 1;

    /// <summary>The 1-based column at which <paramref name="fragment"/> starts on its line.</summary>
    public static int ColumnOf(string yaml, string fragment) =>
        yaml.Split('\n').First(line => line.Contains(fragment, StringComparison.Ordinal)).IndexOf(fragment, StringComparison.Ordinal) + 1;

    private ConfigBuilder Set(List<string> lines, string key, string? value)
    {
        var index = lines.FindIndex(line => line.StartsWith(key + ":", StringComparison.Ordinal));
        if (index >= 0)
        {
            lines.RemoveAt(index);
        }
        if (value is not null)
        {
            lines.Insert(index >= 0 ? index : lines.Count, $"{key}: {value}");
        }
        return this;
    }

    private static void Indent(StringBuilder text, IEnumerable<string> lines, int spaces)
    {
        foreach (var line in lines)
        {
            text.Append(' ', spaces).Append(line).Append('\n');
        }
    }
}
