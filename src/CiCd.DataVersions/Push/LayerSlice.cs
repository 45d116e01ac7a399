namespace CiCd.DataVersions.Push;

/// <summary>One chunk of the file: where it starts, how long it is, and its digest.</summary>
public sealed record LayerSlice(long Offset, long Length, string Digest);
