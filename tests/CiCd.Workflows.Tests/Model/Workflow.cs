using CiCd.Testing;
using YamlDotNet.RepresentationModel;

namespace CiCd.Workflows.Tests.Model;

/// <summary>A workflow file, parsed (YamlDotNet) and as raw lines (the pin comments live only there).</summary>
public sealed class Workflow
{
    private Workflow(string file, string text, YamlMappingNode root)
    {
        File = file;
        Text = text;
        Root = root;
    }

    public static IReadOnlyList<string> Names { get; } = ["ci.yml", "certification.yml", "release.yml", "monitor.yml", "retrain.yml"];

    public string File { get; }

    public string Text { get; }

    public YamlMappingNode Root { get; }

    public IReadOnlyList<string> Lines => Text.Split('\n');

    /// <summary>The <c>on:</c> mapping (YamlDotNet reads YAML 1.2, so the key stays the text "on").</summary>
    public YamlNode? On => Root.Child("on");

    public IReadOnlyList<WorkflowJob> Jobs =>
        Root.Child("jobs") is YamlMappingNode jobs ? jobs.Children.Select(j => new WorkflowJob(j.Key.Text()!, j.Value)).ToList() : [];

    public WorkflowJob Job(string id) => Jobs.Single(j => j.Id == id);

    /// <summary>The checkout's .github/workflows folder.</summary>
    public static string Folder => RepositoryRoot.PathOf(".github/workflows");

    public static Workflow Load(string name)
    {
        var path = Path.Combine(Folder, name);
        var text = System.IO.File.ReadAllText(path);
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return new Workflow(name, text, (YamlMappingNode)stream.Documents[0].RootNode);
    }

    public override string ToString() => File;
}
