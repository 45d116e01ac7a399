using CiCd.Configuration;

namespace CiCd.Init;

/// <summary>What <c>mlops init</c> wrote: the config, the CSV it describes (converted when the input was ARFF), the config as loaded, and what to beware of.</summary>
public sealed record InitResult(string ConfigPath, string DataPath, string? ConvertedFrom, MlopsConfig Config, IReadOnlyList<string> Warnings);
