using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CiCd.Cli.Tests.Fixtures;
using CiCd.Storage;
using CiCd.Testing;
using CiCd.Train;

namespace CiCd.Cli.Tests.Commands.Model;

/// <summary>
/// Every field of registry.json and of a model card mutated (types, nulls, duplicates, overflow, paths outside the folder)
/// against every `mlops model` command: exit 2 with file:line:column, no stack trace, and nothing written.
/// </summary>
public sealed partial class HostileRegistryTests(PromotedRegistryFixture registry) : IClassFixture<PromotedRegistryFixture>
{
    private const string Model = RegisteredByCliFixture.Model;

    // (JSON path in registry.json, the value put there); "$.x" paths name members, "[0]" the first version or entry.
    public static TheoryData<string, string> RegistryMutations => new()
    {
        { "$.format", "\"1\"" }, { "$.format", "null" }, { "$.format", "2" }, { "$.format", "2147483648" },
        { "$.model", "null" }, { "$.model", "\"other\"" }, { "$.model", "7" },
        { "$.versions", "null" }, { "$.versions", "{}" }, { "$.versions", "[null]" }, { "$.versions", "duplicate" },
        { "$.versions[0].version", "\"1\"" }, { "$.versions[0].version", "null" }, { "$.versions[0].version", "0" },
        { "$.versions[0].version", "-1" }, { "$.versions[0].version", "2147483648" }, { "$.versions[0].version", "1.5" },
        { "$.versions[0].registered_at", "\"yesterday\"" }, { "$.versions[0].registered_at", "null" },
        { "$.versions[0].registered_by", "null" }, { "$.versions[0].run_id", "null" }, { "$.versions[0].run_id", "[]" },
        { "$.versions[0].model_file", "\"../../../../etc/passwd\"" }, { "$.versions[0].model_file", "\"/etc/passwd\"" },
        { "$.versions[0].model_file", "null" }, { "$.versions[0].model_file", "\"v1/../../x/v1/model.zip\"" },
        { "$.versions[0].card_file", "\"../../../../etc/hostname\"" }, { "$.versions[0].card_file", "5" },
        { "$.versions[0].model_sha256", "null" }, { "$.versions[0].model_sha256", "\"xyz\"" }, { "$.versions[0].card_sha256", "\"XYZ\"" },
        { "$.versions[0].params", "null" }, { "$.versions[0].params", "{\"a\": null}" }, { "$.versions[0].params", "[]" },
        { "$.versions[0].metrics", "null" }, { "$.versions[0].metrics", "{\"auc\": \"x\"}" }, { "$.versions[0].metrics", "{\"auc\": null}" },
        { "$.versions[0].fold_metrics", "{\"auc\": null}" }, { "$.versions[0].fold_metrics", "{\"auc\": [null]}" },
        { "$.versions[0].image_digest", "\"nope\"" }, { "$.versions[0].image_digest", "5" },
        { "$.versions[0].drift_reference", "5" },
        { "$.versions[0].drift_reference.profile_file", "\"../../profile.json\"" },
        { "$.versions[0].drift_reference.predictions_sha256", "null" },
        { "$.aliases", "null" }, { "$.aliases", "[]" }, { "$.aliases", "{\"production\": 9}" }, { "$.aliases", "{\"staging\": 1}" },
        { "$.aliases", "{\"production\": \"1\"}" }, { "$.aliases", "{\"production\": 2147483648}" },
        { "$.history", "null" }, { "$.history", "[null]" },
        { "$.history[0].alias", "\"staging\"" }, { "$.history[0].to", "9" }, { "$.history[0].from", "8" }, { "$.history[0].kind", "\"demote\"" },
        { "$.history[0].at", "null" }, { "$.history[0].reason", "null" },
        { "$", "null" }, { "$", "[]" }, { "$", "\"registry\"" },
    };

    private static readonly string[] Commands = ["list", "show", "show 1", "promote", "rollback", "diff", "register"];

    [Theory]
    [MemberData(nameof(RegistryMutations))]
    public void Should_Refuse_A_Mutated_Registry_File_In_Every_Model_Command_With_Its_Line_And_Column(string field, string value)
    {
        foreach (var command in Commands)
        {
            // Given
            using var copy = new TempFolder();
            var root = CopyRegistry(copy);
            var document = Path.Combine(root, Model, "registry.json");
            File.WriteAllText(document, Mutate(File.ReadAllText(document), field, value));
            var before = Snapshot(copy.Root);

            // When
            var run = Mlops.Run([.. Args(command, root)]);

            // Then
            Assert.True(run.ExitCode == 2, $"{field} = {value}, `mlops model {command}`: {run}");
            Assert.Matches(new Regex($@"mlops: {Regex.Escape(document)}:\d+:\d+: "), run.Error);
            Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
            Assert.Equal(before, Snapshot(copy.Root));
        }
    }

    private string[] Args(string command, string root)
    {
        var parts = command.Split(' ');
        string[] target = ["--registry", root, "--model", Model];
        return parts[0] switch
        {
            "promote" => ["model", "promote", "1", "--alias", "certification", .. target],
            "diff" => ["model", "diff", "1", "1", .. target],
            "register" => ["model", "register", "--from", registry.Registered.Trained.Folder.PathOf("out"), "--skip-gate-check", .. target],
            _ => ["model", .. parts, .. target],
        };
    }

    // The registered model with a history entry and a second alias to mutate (PromotedRegistryFixture).
    private string CopyRegistry(TempFolder copy)
    {
        var root = copy.PathOf("models");
        PromotedRegistryFixture.CopyFolder(registry.Root, root);
        return root;
    }

    private static string Mutate(string text, string field, string value)
    {
        var document = JsonNode.Parse(text)!;
        if (field == "$")
        {
            return value;
        }
        if (value == "duplicate")
        {
            var versions = document["versions"]!.AsArray();
            versions.Add(versions[0]!.DeepClone());
            return document.ToJsonString(new() { WriteIndented = true });
        }
        var parts = field[2..].Split('.');
        var node = document;
        foreach (var part in parts[..^1])
        {
            node = part.EndsWith(']') ? node[part[..part.IndexOf('[')]]![int.Parse(part[(part.IndexOf('[') + 1)..^1])]! : node[part]!;
        }
        var last = parts[^1];
        if (last.EndsWith(']'))
        {
            node[last[..last.IndexOf('[')]]![int.Parse(last[(last.IndexOf('[') + 1)..^1])] = JsonNode.Parse(value);
        }
        else
        {
            node[last] = JsonNode.Parse(value);
        }
        return document.ToJsonString(new() { WriteIndented = true });
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(file => Path.GetFileName(file) != ".lock")
            .ToDictionary(file => Path.GetRelativePath(folder, file), ContentHash.OfFile);
}
