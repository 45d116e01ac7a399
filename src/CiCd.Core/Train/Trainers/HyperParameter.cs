namespace CiCd.Train.Trainers;

/// <summary>One tunable setting of a trainer: its name in mlops.yaml, default, bounds and whether it is a whole number.</summary>
public sealed record HyperParameter(string Name, double Default, double Min, double Max, bool IsInteger)
{
    /// <summary>Why <paramref name="value"/> is not acceptable, or null when it is.</summary>
    public string? Problem(double value) =>
        value < Min || value > Max ? $"must lie in [{Min}, {Max}], found {value}"
        : IsInteger && Math.Abs(value - Math.Round(value)) > 0 ? $"must be a whole number, found {value}"
        : null;
}
