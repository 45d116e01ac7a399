namespace CiCd.Monitoring.Tests.Reference;

public sealed record KolmogorovCase(int N, double X, double Sf);
