using CiCd.Errors;

namespace CiCd.Monitoring.Profiles;

/// <summary>Checks that a loaded profile records a usable schema, so drift detection never meets a half-filled profile.</summary>
internal static class ProfileSchema
{
    public static void Check(ReferenceProfile profile, string source)
    {
        if (profile.FormatVersion != ReferenceProfile.CurrentFormatVersion)
        {
            throw new InputException(source, null, null, $"formatVersion: expected {ReferenceProfile.CurrentFormatVersion}, found {profile.FormatVersion}");
        }
        if (profile.Columns is null || profile.Columns.Count == 0)
        {
            throw new InputException(source, null, null, "columns: the reference profile records no schema (no columns); rebuild it from the training data");
        }
        for (var i = 0; i < profile.Columns.Count; i++)
        {
            CheckColumn(profile.Columns[i], $"columns[{i}]", source);
        }
    }

    private static void CheckColumn(ColumnProfile column, string field, string source)
    {
        if (string.IsNullOrWhiteSpace(column.Name))
        {
            throw new InputException(source, null, null, $"{field}.name: every column needs a name");
        }
        if (!Enum.IsDefined(column.Kind))
        {
            throw new InputException(source, null, null, $"{field}.kind: expected Numeric or Categorical for '{column.Name}'");
        }
        if (column.MissingCount < 0 || column.MissingCount > column.Count)
        {
            throw new InputException(source, null, null, $"{field}.missingCount: must lie between 0 and count for '{column.Name}'");
        }
        if (column.Kind == ColumnKind.Numeric && column.PresentCount > 0
            && (column.BinCounts.Length != column.BinEdges.Length + 1 || column.Sample.Length == 0 || column.Std is null))
        {
            throw new InputException(source, null, null, $"{field}: numeric column '{column.Name}' lacks its bins, sample or std");
        }
        for (var i = 1; i < column.Sample.Length; i++)
        {
            if (!(column.Sample[i - 1] <= column.Sample[i]))
            {
                throw new InputException(source, null, null, $"{field}.sample: must be sorted ascending without NaN (index {i} of '{column.Name}')");
            }
        }
    }
}
