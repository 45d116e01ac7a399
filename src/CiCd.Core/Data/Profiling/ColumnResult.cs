namespace CiCd.Data.Profiling;

/// <summary>One column's profile with what the cross-column steps need: its codes, its numbers and its association with the target, and whether its kind guess saw an identifier.</summary>
internal sealed record ColumnResult(ColumnProfile Profile, CodedColumn Coded, float[]? Numbers, TargetAssociation Association, double ModeShare, bool IsIdentifier);
