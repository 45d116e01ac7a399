namespace CiCd.Train;

/// <summary>The data behind a model: file, fingerprint and split sizes.</summary>
public sealed record CardData(string Path, string Fingerprint, int Rows, int TrainRows, int TestRows);
