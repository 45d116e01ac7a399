namespace CiCd.DataVersions.Stores;

/// <summary>A manifest as stored: its exact bytes and the digest the store gave for them.</summary>
public sealed record StoredManifest(byte[] Bytes, string Digest);
