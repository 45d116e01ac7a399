namespace CiCd.Metrics;

/// <summary>Precision, recall and F1 of one class, with its number of actual rows (support).</summary>
public sealed record ClassScores(string Class, double Precision, double Recall, double F1, int Support);
