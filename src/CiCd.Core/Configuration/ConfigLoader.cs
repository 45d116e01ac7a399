using CiCd.Configuration.Yaml;
using CiCd.Errors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CiCd.Configuration;

/// <summary>
/// Loads mlops.yaml into a <see cref="MlopsConfig"/>: unknown keys, wrong types, missing required values
/// and values that contradict each other are rejected with the file, line and column.
/// </summary>
public static class ConfigLoader
{
    /// <summary>Reads and validates the config file at <paramref name="path"/>.</summary>
    public static MlopsConfig Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(path, null, null, "config file not found");
        }
        return Parse(path, File.ReadAllText(path));
    }

    /// <summary>Validates YAML text as if read from <paramref name="file"/> (paths resolve against its folder).</summary>
    public static MlopsConfig Parse(string file, string yaml)
    {
        var root = ReadRoot(file, yaml);
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        // Each section is read on its own so that one run reports every independent error; only a section others
        // depend on (dataset) stops the rest when it cannot be read at all.
        var errors = new ConfigErrors();
        var validationNode = errors.Try(() => root.OptionalMapping("validation"));
        var defaultMissingShare = DefaultMissingShare(validationNode, errors);
        var dataset = errors.Try(() => DatasetSection.Read(root.RequiredMapping("dataset"), folder, defaultMissingShare, errors));
        if (dataset is null)
        {
            errors.ThrowIfAny();
        }
        errors.Check(() => RegressionSection.RejectClassificationKeys(root, dataset!.Task));
        var validation = errors.Try(() => ValidationSection.Read(validationNode));
        var training = errors.Try(() => TrainingSection.Read(root.RequiredMapping("training"), dataset!, errors));
        var gates = errors.Try(() => GatesSection.Read(root.OptionalMapping("gates"), dataset!.Task, folder, errors));
        var tracking = errors.Try(() => StoresSection.ReadTracking(root.OptionalMapping("tracking"), dataset!.Name));
        var registry = errors.Try(() => StoresSection.ReadRegistry(root.OptionalMapping("registry"), root.RequiredMapping("dataset"), dataset!.Name, folder));
        var drift = errors.Try(() => DriftSection.Read(root.OptionalMapping("drift"), file));
        var release = errors.Try(() => ReleaseSection.Read(root.OptionalMapping("release")));
        var monitor = errors.Try(() => MonitorSection.Read(root.OptionalMapping("monitor"), dataset!.Task));
        errors.Check(root.RejectUnknownKeys);
        errors.ThrowIfAny();
        return new MlopsConfig(Path.GetFullPath(file), dataset!, validation!, training!, gates!)
        {
            Tracking = tracking!,
            Registry = registry!,
            Drift = drift!,
            Release = release!,
            Monitor = monitor!,
        };
    }

    private static double DefaultMissingShare(YamlNodeReader? validationNode, ConfigErrors errors)
    {
        var share = 1.0;
        errors.Check(() =>
        {
            share = validationNode?.OptionalDouble("max_missing_share") ?? 1.0;
            if (share is < 0 or > 1)
            {
                var found = share;
                share = 1.0;
                throw validationNode!.ErrorAt("max_missing_share", $"'validation.max_missing_share' must lie in [0, 1], found {found}");
            }
        });
        return share;
    }

    /// <summary>The first tab in the leading white space of a line, or null.</summary>
    private static (int Line, int Column)? IndentingTab(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
            {
                return (i + 1, tab + 1);
            }
        }
        return null;
    }

    private static (int Line, int Column) LastParsedPosition(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var last = (Line: 1, Column: 1);
        try
        {
            while (parser.MoveNext())
            {
                last = ((int)parser.Current!.Start.Line, (int)parser.Current.Start.Column);
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // Expected: the same fault stops this scan; everything before it was read.
        }
        return last;
    }

    private static YamlNodeReader ReadRoot(string file, string yaml)
    {
        AliasBudget.Check(file, yaml);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e) when (IndentingTab(yaml) is var (line, column))
        {
            // YamlDotNet places this fault where the block it breaks began (often 1:1), not where the tab is.
            throw new InputException(file, line, column, "not valid YAML: a tab indents this line; YAML indents with spaces only", e);
        }
        catch (YamlException e)
        {
            throw new InputException(file, (int)e.Start.Line, (int)e.Start.Column, $"not valid YAML: {e.Message}", e);
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet reports some unterminated flow collections ("[0, 100" at the end of a block) this way,
            // without a position; the last event it could parse is where the collection was left open.
            var (line, column) = LastParsedPosition(yaml);
            throw new InputException(file, line, column, $"not valid YAML: a flow list or mapping ('[' or '{{') is never closed ({e.Message})", e);
        }
        if (stream.Documents.Count == 0)
        {
            throw new InputException(file, 1, 1, "the config is empty; it needs at least 'dataset' and 'training'");
        }
        return stream.Documents[0].RootNode is YamlMappingNode mapping
            ? new YamlNodeReader(file, "", mapping)
            : throw new InputException(file, 1, 1, "the config must be a mapping with 'dataset', 'training' and optional 'validation', 'gates'");
    }
}
