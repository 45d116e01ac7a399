using System.CommandLine;
using System.Globalization;
using CiCd.Errors;
using CiCd.Formats;
using CiCd.Train;
using Spectre.Console;

namespace CiCd.Cli.Commands.Model;

/// <summary>`mlops model show`: one version (or the whole model) with the alias history.</summary>
internal static class ModelShowCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var target = new ModelTarget();
        var selector = new Argument<string?>("version") { Description = "A version number (3, v3) or alias (production); omit for the whole model.", Arity = ArgumentArity.ZeroOrOne };
        var json = CommonOptions.Json();
        var command = new Command("show", "Show a version's params, metrics and provenance, and the alias history.") { selector, json };
        target.AddTo(command);
        command.SetAction(parse =>
        {
            var (registry, model) = target.Resolve(parse);
            var registered = registry.Show(model);
            var version = parse.GetValue(selector) is { } chosen ? registry.GetVersion(model, chosen) : null;
            if (parse.GetValue(json))
            {
                console.WriteLine(version is null ? JsonReport.Serialize(registered) : JsonReport.Serialize(version));
                return ExitCodes.Ok;
            }
            if (version is not null)
            {
                var details = new Table().Title($"{Markup.Escape(model)} version {version.Version}").AddColumns("field", "value");
                details.AddRow("run", Markup.Escape(version.RunId));
                details.AddRow("registered", $"{version.RegisteredAt:yyyy-MM-dd HH:mm} by {Markup.Escape(version.RegisteredBy)}");
                details.AddRow("model sha256", version.ModelSha256);
                details.AddRow("data fingerprint", version.DataFingerprint ?? "–");
                var card = JsonReport.Read<ModelCard>(registry.Load(model, version.Version.ToString(CultureInfo.InvariantCulture)).CardPath);
                details.AddRow("data version", card.Data.Version ?? "–");
                details.AddRow("data profile", version.DataProfile is { } profile ? Markup.Escape(profile.File) : "– (registered without one)");
                details.AddRow("git commit", version.GitCommit ?? "–");
                details.AddRow("image", version.ImageDigest ?? "–");
                foreach (var (name, value) in version.Params.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    details.AddRow($"param {Markup.Escape(name)}", Markup.Escape(value));
                }
                foreach (var (name, value) in version.Metrics.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    details.AddRow($"metric {Markup.Escape(name)}", value.ToString("0.0000", CultureInfo.InvariantCulture));
                }
                if (TargetDistributionText.Of(card) is var (label, text))
                {
                    details.AddRow(Markup.Escape(label), Markup.Escape(text));
                }
                console.Write(details);
            }
            var history = new Table().Title("Alias history").AddColumns("when", "alias", "change", "from", "to", "by", "why");
            foreach (var change in registered.History)
            {
                history.AddRow(change.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), change.Alias, change.Kind.ToString().ToLowerInvariant(),
                    change.From?.ToString(CultureInfo.InvariantCulture) ?? "–", change.To.ToString(CultureInfo.InvariantCulture), Markup.Escape(change.By), Markup.Escape(change.Reason));
            }
            console.Write(history);
            return ExitCodes.Ok;
        });
        return command;
    }
}
