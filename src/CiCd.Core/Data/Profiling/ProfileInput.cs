using CiCd.Configuration;

namespace CiCd.Data.Profiling;

/// <summary>
/// What the profiler reads: the typed data (every column of the file, ignored and undeclared ones as texts), the kind
/// the config declares for each (null: not in the config), the missing spellings the reader saw, and the fingerprint.
/// </summary>
/// <param name="Source">The data file.</param>
/// <param name="Data">The typed columns and the target.</param>
/// <param name="Declared">Declared kind per column name; a name absent here is not in the config.</param>
/// <param name="HasConfig">Whether a config declared the columns (else every kind is inferred and nothing is "absent from the config").</param>
/// <param name="Spellings">Missing spellings per column.</param>
/// <param name="Fingerprint">The dataset fingerprint.</param>
public sealed record ProfileInput(
    string Source,
    Dataset Data,
    IReadOnlyDictionary<string, ColumnKind> Declared,
    bool HasConfig,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Spellings,
    string Fingerprint);
