namespace CiCd.Monitoring.Windows;

/// <summary>A column (or the dataset, with <see cref="Column"/> null) that jumped into drift from one window to the next.</summary>
public sealed record AbruptChange(DateTimeOffset WindowStart, string? Column, double Before, double After, string Message);
