namespace CiCd.Monitoring.Tests.Reference;

public sealed record ZTestCase(string Name, long ReferenceHits, long ReferenceTotal, long CurrentHits, long CurrentTotal, double Z, double PValue);
