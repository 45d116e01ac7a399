namespace CiCd.Configuration;

/// <summary>Where a value was written in the config file, so checks made after loading can still point at it.</summary>
public sealed record ConfigPosition(int Line, int Column);
