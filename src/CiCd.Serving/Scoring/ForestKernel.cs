using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.ML.Trainers.FastTree;

namespace CiCd.Serving.Scoring;

/// <summary>
/// A tree ensemble flattened for speed, with ML.NET's arithmetic: a row goes left when its feature is at most the
/// threshold, and the leaf values are summed in double, tree after tree from 0, as ML.NET's ensemble does. ML.NET walks
/// each tree with branches that mispredict on every other node and looks features up in a sparse vector; here leaves
/// loop onto themselves, so every tree takes a fixed number of steps without branching, and eight rows walk a tree
/// together (or, for a lone row, eight trees walk it) so their memory reads overlap. Immutable and shared by every
/// scorer of a model.
/// </summary>
internal sealed class ForestKernel
{
    private const int Lanes = 8;

    private readonly ForestNode[] _nodes;
    private readonly double[] _values;
    private readonly int[] _roots;
    private readonly int[] _depths;

    private ForestKernel(ForestNode[] nodes, double[] values, int[] roots, int[] depths, int width)
    {
        _nodes = nodes;
        _values = values;
        _roots = roots;
        _depths = depths;
        Width = width;
    }

    /// <summary>Features per row.</summary>
    public int Width { get; }

    /// <summary>The compiled ensemble, or null when a tree uses what this kernel does not reproduce (categorical splits, a lone leaf).</summary>
    public static ForestKernel? TryCompile(IEnumerable<RegressionTreeBase> trees, int width)
    {
        var nodes = new List<ForestNode>();
        var values = new List<double>();
        var roots = new List<int>();
        var depths = new List<int>();
        foreach (var tree in trees)
        {
            // ML.NET scores a one-leaf tree as 0 rather than its leaf value; such trees are too rare to reproduce.
            if (tree.NumberOfLeaves < 2 || tree.CategoricalSplitFlags.Any(categorical => categorical) ||
                tree.NumericalSplitFeatureIndexes.Any(feature => feature < 0 || feature >= width))
            {
                return null;
            }
            var first = nodes.Count;
            var firstLeaf = first + tree.NumberOfNodes;
            int Target(int child) => child >= 0 ? first + child : firstLeaf + ~child;
            for (var n = 0; n < tree.NumberOfNodes; n++)
            {
                nodes.Add(new ForestNode(tree.NumericalSplitFeatureIndexes[n], tree.NumericalSplitThresholds[n], Target(tree.LeftChild[n]), Target(tree.RightChild[n])));
                values.Add(0);
            }
            for (var leaf = 0; leaf < tree.NumberOfLeaves; leaf++)
            {
                // Every finite feature is at most +∞, so a leaf keeps the walk where it is.
                nodes.Add(new ForestNode(0, float.PositiveInfinity, firstLeaf + leaf, firstLeaf + leaf));
                values.Add(tree.LeafValues[leaf]);
            }
            roots.Add(first);
            depths.Add(Depth(tree, 0));
        }
        return roots.Count == 0 ? null : new ForestKernel([.. nodes], [.. values], [.. roots], [.. depths], width);
    }

    /// <summary>
    /// Writes into <paramref name="sums"/> the ensemble output of each of <paramref name="rows"/> rows whose finite features lie
    /// one row after another in <paramref name="features"/>.
    /// </summary>
    public void Sum(ReadOnlySpan<float> features, int rows, Span<double> sums)
    {
        if (features.Length < rows * Width || sums.Length < rows)
        {
            throw new ArgumentException($"{rows} rows need {rows * Width} features and {rows} sums");
        }
        sums[..rows].Clear();
        ref var nodes = ref MemoryMarshal.GetArrayDataReference(_nodes);
        ref var x = ref MemoryMarshal.GetReference(features);
        ref var sum = ref MemoryMarshal.GetReference(sums);
        var width = Width;
        var grouped = rows - rows % Lanes;
        for (var t = 0; t < _roots.Length; t++)
        {
            var root = _roots[t];
            var depth = _depths[t];
            for (var r = 0; r < grouped; r += Lanes)
            {
                ref var row = ref Unsafe.Add(ref x, r * width);
                int n0 = root, n1 = root, n2 = root, n3 = root, n4 = root, n5 = root, n6 = root, n7 = root;
                for (var step = 0; step < depth; step++)
                {
                    n0 = Step(ref nodes, ref row, n0);
                    n1 = Step(ref nodes, ref Unsafe.Add(ref row, width), n1);
                    n2 = Step(ref nodes, ref Unsafe.Add(ref row, 2 * width), n2);
                    n3 = Step(ref nodes, ref Unsafe.Add(ref row, 3 * width), n3);
                    n4 = Step(ref nodes, ref Unsafe.Add(ref row, 4 * width), n4);
                    n5 = Step(ref nodes, ref Unsafe.Add(ref row, 5 * width), n5);
                    n6 = Step(ref nodes, ref Unsafe.Add(ref row, 6 * width), n6);
                    n7 = Step(ref nodes, ref Unsafe.Add(ref row, 7 * width), n7);
                }
                ref var s = ref Unsafe.Add(ref sum, r);
                s += _values[n0];
                Unsafe.Add(ref s, 1) += _values[n1];
                Unsafe.Add(ref s, 2) += _values[n2];
                Unsafe.Add(ref s, 3) += _values[n3];
                Unsafe.Add(ref s, 4) += _values[n4];
                Unsafe.Add(ref s, 5) += _values[n5];
                Unsafe.Add(ref s, 6) += _values[n6];
                Unsafe.Add(ref s, 7) += _values[n7];
            }
        }
        // Fewer than eight rows left (a single-row request): eight trees walk the row together instead.
        for (var r = grouped; r < rows; r++)
        {
            Unsafe.Add(ref sum, r) = SumOne(ref nodes, ref Unsafe.Add(ref x, r * width));
        }
    }

    private double SumOne(ref ForestNode nodes, ref float row)
    {
        var sum = 0.0;
        var t = 0;
        for (; t + Lanes <= _roots.Length; t += Lanes)
        {
            int n0 = _roots[t], n1 = _roots[t + 1], n2 = _roots[t + 2], n3 = _roots[t + 3], n4 = _roots[t + 4], n5 = _roots[t + 5], n6 = _roots[t + 6], n7 = _roots[t + 7];
            var depth = 0;
            for (var k = t; k < t + Lanes; k++)
            {
                depth = Math.Max(depth, _depths[k]);
            }
            for (var step = 0; step < depth; step++)
            {
                n0 = Step(ref nodes, ref row, n0);
                n1 = Step(ref nodes, ref row, n1);
                n2 = Step(ref nodes, ref row, n2);
                n3 = Step(ref nodes, ref row, n3);
                n4 = Step(ref nodes, ref row, n4);
                n5 = Step(ref nodes, ref row, n5);
                n6 = Step(ref nodes, ref row, n6);
                n7 = Step(ref nodes, ref row, n7);
            }
            // Added in tree order, as ML.NET adds them.
            sum += _values[n0];
            sum += _values[n1];
            sum += _values[n2];
            sum += _values[n3];
            sum += _values[n4];
            sum += _values[n5];
            sum += _values[n6];
            sum += _values[n7];
        }
        for (; t < _roots.Length; t++)
        {
            var n = _roots[t];
            for (var step = 0; step < _depths[t]; step++)
            {
                n = Step(ref nodes, ref row, n);
            }
            sum += _values[n];
        }
        return sum;
    }

    // The comparison becomes a 0/1 offset instead of a branch. NaN would go right; the scorer never sends one.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Step(ref ForestNode nodes, ref float row, int index)
    {
        ref readonly var node = ref Unsafe.Add(ref nodes, index);
        var right = Unsafe.Add(ref row, node.Feature) <= node.Threshold ? 0 : 1;
        return Unsafe.Add(ref Unsafe.AsRef(in node.Left), right);
    }

    private static int Depth(RegressionTreeBase tree, int node) =>
        node < 0 ? 0 : 1 + Math.Max(Depth(tree, tree.LeftChild[node]), Depth(tree, tree.RightChild[node]));
}
