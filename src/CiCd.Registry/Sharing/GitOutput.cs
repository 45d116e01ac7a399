namespace CiCd.Registry.Sharing;

/// <summary>What one git command returned.</summary>
internal sealed record GitOutput(int ExitCode, string Output, string Error);
