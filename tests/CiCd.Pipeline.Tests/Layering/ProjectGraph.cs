using System.Xml.Linq;
using CiCd.Testing;

namespace CiCd.Pipeline.Tests.Layering;

/// <summary>What a project under <c>src/</c> restores: its package references and those of every project it references, transitively.</summary>
public static class ProjectGraph
{
    public static IReadOnlySet<string> PackagesOf(string project)
    {
        var packages = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([RepositoryRoot.PathOf($"src/{project}/{project}.csproj")]);
        while (pending.TryPop(out var path))
        {
            if (!seen.Add(Path.GetFullPath(path)))
            {
                continue;
            }
            var xml = XDocument.Load(path);
            packages.UnionWith(xml.Descendants("PackageReference").Select(e => (string)e.Attribute("Include")!));
            foreach (var reference in xml.Descendants("ProjectReference").Select(e => ((string)e.Attribute("Include")!).Replace('\\', '/')))
            {
                pending.Push(Path.Combine(Path.GetDirectoryName(path)!, reference));
            }
        }
        return packages;
    }
}
