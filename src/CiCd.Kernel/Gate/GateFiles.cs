namespace CiCd.Gate;

/// <summary>The files the gate writes; <see cref="Blessing"/> exists only while the last verdict was a pass.</summary>
public static class GateFiles
{
    /// <summary>The verdict, JSON.</summary>
    public const string Json = "gate.json";

    /// <summary>The verdict, Markdown.</summary>
    public const string Markdown = "gate.md";

    /// <summary>A marker the next stage checks before registering or publishing (as TFX's blessing).</summary>
    public const string Blessing = "BLESSED";
}
