namespace CiCd.Serving.Tests.Fixtures;

/// <summary>One generated request: where it goes, its headers, its bytes, and which mutation made it (for the replay message).</summary>
public sealed record HostileRequest(int Index, string Route, string ContentType, string? ContentEncoding, string? Accept, byte[] Body, string Mutation)
{
    public override string ToString() =>
        $"#{Index} {Route} [{Mutation}] Content-Type: {ContentType}; Content-Encoding: {ContentEncoding ?? "-"}; Accept: {Accept ?? "-"}; " +
        $"{Body.Length} bytes, starting {Convert.ToHexString(Body.AsSpan(0, Math.Min(48, Body.Length)))}";
}
