namespace CiCd.Serving.Telemetry;

/// <summary>Requests to one route that ended with one status.</summary>
public sealed record RouteCount(string Route, int Status, long Requests);
