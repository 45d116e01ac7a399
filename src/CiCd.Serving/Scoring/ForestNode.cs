using System.Runtime.InteropServices;

namespace CiCd.Serving.Scoring;

/// <summary>
/// One node of a compiled tree, 16 bytes so a step reads one cache line: go to <see cref="Left"/> when the feature is
/// at most <see cref="Threshold"/> (as ML.NET decides), else to <see cref="Right"/>. A leaf points to itself twice.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly struct ForestNode(int feature, float threshold, int left, int right)
{
    public readonly int Feature = feature;
    public readonly float Threshold = threshold;
    public readonly int Left = left;
    public readonly int Right = right;
}
