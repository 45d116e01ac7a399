namespace CiCd.Configuration;

/// <summary>The data a pipeline trains on: file, target and the schema of every column.</summary>
/// <param name="Name">A short name used in reports and the model card.</param>
/// <param name="Path">The CSV file, resolved against the config file's folder.</param>
/// <param name="Target">The label column.</param>
/// <param name="Task">Binary or multiclass.</param>
/// <param name="PositiveClass">For binary tasks, the class whose probability the model scores.</param>
/// <param name="Classes">The target classes in a fixed order (binary: negative first, then positive).</param>
/// <param name="Columns">Feature columns, in file order (the target is not among them).</param>
public sealed record DatasetConfig(
    string Name,
    string Path,
    string Target,
    TaskKind Task,
    string? PositiveClass,
    IReadOnlyList<string> Classes,
    IReadOnlyList<ColumnSpec> Columns)
{
    /// <summary>Where the config names <see cref="Path"/> (<c>file:line:column</c>), so a missing file points back at that line.</summary>
    public string? PathFrom { get; init; }

    /// <summary>For regression, the numeric target's own spec (range, missing policy); null for classification.</summary>
    public ColumnSpec? TargetColumn { get; init; }

    /// <summary>Where data versions are pushed and pulled (<c>host:port/repository</c>, or a name in the local cache); null: the dataset's name in the local cache.</summary>
    public string? Remote { get; init; }

    /// <summary>The data version training uses (a tag or sha256 digest in <see cref="Remote"/>); null: the file as it is.</summary>
    public string? Version { get; init; }

    /// <summary>The columns the model uses (all but ignored ones).</summary>
    public IEnumerable<ColumnSpec> Features => Columns.Where(column => column.Kind != ColumnKind.Ignore);
}
