using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CiCd.Cli.Tests.Fixtures;
using CiCd.Storage;
using CiCd.Testing;
using CiCd.Train;

namespace CiCd.Cli.Tests.Commands.Model;

public sealed partial class HostileRegistryTests
{
    public static TheoryData<string, string> CardMutations => new()
    {
        { "features", "duplicate" }, { "features[0].name", "null" }, { "features[0].name", "\"\"" }, { "features[0].name", "5" },
        { "features[0].categories", "null" }, { "features[0].categories", "[null]" }, { "features[0].kind", "\"tensor\"" },
        { "features", "null" }, { "features", "[]" }, { "features", "[null]" },
        { "classes", "null" }, { "classes", "[\"a\", null]" }, { "classes", "[\"a\", \"a\"]" },
        { "cv_folds", "[{}]" }, { "cv_folds", "[null]" }, { "cv_metrics", "null" },
        { "model_file", "\"../../etc/passwd\"" }, { "model_sha256", "\"x\"" }, { "threshold", "\"0.5\"" }, { "threshold", "7" },
        { "run_id", "null" }, { "name", "null" }, { "task", "\"regression\"" }, { "data", "null" }, { "training", "[]" },
        { "metrics", "{\"roc_auc\": null}" }, { "limitations", "[null]" }, { "created_utc", "\"soon\"" },
    };

    [Theory]
    [MemberData(nameof(CardMutations))]
    public void Should_Refuse_To_Register_A_Mutated_Card_With_Its_Line_And_Column_And_Write_Nothing(string field, string value)
    {
        // Given
        using var copy = new TempFolder();
        var from = copy.PathOf("out");
        PromotedRegistryFixture.CopyFolder(registry.Registered.Trained.Folder.PathOf("out"), from);
        var card = Path.Combine(from, TrainingFiles.CardJson);
        File.WriteAllText(card, MutateCard(File.ReadAllText(card), field, value));
        var root = copy.PathOf("models");

        // When
        var run = Mlops.Run("model", "register", "--from", from, "--skip-gate-check", "--registry", root, "--model", Model);

        // Then
        Assert.True(run.ExitCode == 2, $"{field} = {value}: {run}");
        Assert.Matches(new Regex($@"mlops: {Regex.Escape(card)}:\d+:\d+: "), run.Error);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(root));
    }

    [Fact]
    public void Should_Refuse_To_Serve_A_Pinned_Version_Whose_Card_Is_Refused_And_Exit_2()
    {
        // Given: version 1's card has a duplicate feature and its recorded sha256 matches (a hostile registration)
        using var copy = new TempFolder();
        var root = CopyRegistry(copy);
        var card = Path.Combine(root, Model, "v1", "card.json");
        File.WriteAllText(card, MutateCard(File.ReadAllText(card), "features", "duplicate"));
        var document = Path.Combine(root, Model, "registry.json");
        var registry = JsonNode.Parse(File.ReadAllText(document))!;
        registry["versions"]![0]!["card_sha256"] = ContentHash.OfFile(card);
        File.WriteAllText(document, registry.ToJsonString(new() { WriteIndented = true }));

        // When
        var run = Mlops.Run("serve", "--model", $"{Model}@1", "--registry", root, "--urls", "http://127.0.0.1:0");

        // Then
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains($"{card}:", run.Error, StringComparison.Ordinal);
        Assert.Contains("is listed twice", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_Refuse_A_Rollback_Of_An_Alias_The_History_Moved_But_Aliases_Lack_With_Exit_2()
    {
        // Given
        using var copy = new TempFolder();
        var root = CopyRegistry(copy);
        Assert.Equal(0, Mlops.Run("model", "promote", "1", "--alias", "development", "--registry", root, "--model", Model).ExitCode);
        var document = Path.Combine(root, Model, "registry.json");
        var registry = JsonNode.Parse(File.ReadAllText(document))!;
        var history = registry["history"]!.AsArray();
        history.Add(history[^1]!.DeepClone());
        registry["aliases"]!.AsObject().Remove("development");
        File.WriteAllText(document, registry.ToJsonString(new() { WriteIndented = true }));

        // When
        var run = Mlops.Run("model", "rollback", "--alias", "development", "--registry", root, "--model", Model);

        // Then
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("alias 'development' has promotions in the history but is not set in aliases", run.Error, StringComparison.Ordinal);
    }

    private static string MutateCard(string text, string field, string value)
    {
        var card = JsonNode.Parse(text)!;
        if (value == "duplicate")
        {
            var list = card[field]!.AsArray();
            list.Add(list[0]!.DeepClone());
            return card.ToJsonString(new() { WriteIndented = true });
        }
        var parts = field.Split('.');
        var node = card;
        foreach (var part in parts[..^1])
        {
            node = part.EndsWith(']') ? node[part[..part.IndexOf('[')]]![int.Parse(part[(part.IndexOf('[') + 1)..^1])]! : node[part]!;
        }
        node[parts[^1]] = JsonNode.Parse(value);
        return card.ToJsonString(new() { WriteIndented = true });
    }
}
