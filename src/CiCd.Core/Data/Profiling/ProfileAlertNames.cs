namespace CiCd.Data.Profiling;

/// <summary>Alert kinds as the JSON writes them (snake_case), for tables and Markdown.</summary>
public static class ProfileAlertNames
{
    /// <summary>The snake_case name of <paramref name="kind"/>: <c>NearConstant</c> is <c>near_constant</c>.</summary>
    public static string Of(ProfileAlertKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
