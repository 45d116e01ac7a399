using System.Data.Common;
using CiCd.Tracking.Runs;

namespace CiCd.Tracking.Store;

/// <summary>Maps the runs table to <see cref="Run"/>; the column list and the reader stay in step here.</summary>
internal static class RunRows
{
    public const string Columns =
        "r.run_id, r.experiment, r.status, r.started_at, r.ended_at, r.git_commit, r.git_branch, r.git_dirty, "
        + "r.user_name, r.tool_version, r.data_fingerprint, r.config_hash, r.error_message";

    public static Run Read(DbDataReader row) =>
        new(
            row.GetString(0),
            row.GetString(1),
            Enum.Parse<RunStatus>(row.GetString(2), ignoreCase: true),
            StoredTime.Read(row.GetString(3)),
            Text(row, 4) is { } ended ? StoredTime.Read(ended) : null,
            new RunProvenance
            {
                GitCommit = Text(row, 5),
                GitBranch = Text(row, 6),
                GitDirty = row.GetInt32(7) != 0,
                User = Text(row, 8),
                ToolVersion = Text(row, 9),
                DataFingerprint = Text(row, 10),
                ConfigHash = Text(row, 11),
            },
            Text(row, 12));

    public static string Status(RunStatus status) => status.ToString().ToLowerInvariant();

    private static string? Text(DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetString(column);
}
