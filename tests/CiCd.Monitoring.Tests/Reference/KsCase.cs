namespace CiCd.Monitoring.Tests.Reference;

public sealed record KsCase(string Name, SampleSpec Reference, SampleSpec Current, double Statistic, double PValue);
