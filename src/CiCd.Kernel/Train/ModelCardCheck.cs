using System.Globalization;
using CiCd.Errors;
using CiCd.Storage;

namespace CiCd.Train;

/// <summary>
/// What a model card's JSON types cannot say, and the service and the registry rely on: feature names present and
/// unique (they key the input schema), categories and classes without nulls, a model file inside the card's folder,
/// a sha256, a threshold in [0, 1], and every fold scored on every cross-validation metric.
/// </summary>
public static class ModelCardCheck
{
    /// <summary>Throws the error <paramref name="fail"/> builds from a JSON path and a problem, for the first problem found.</summary>
    public static void Check(ModelCard card, Func<string, string, InputException> fail)
    {
        Require(card.Name.Length > 0, "$.name", "the name is empty", fail);
        Require(card.RunId.Length > 0, "$.run_id", "the run id is empty", fail);
        Require(Enum.IsDefined(card.Task), "$.task", $"unknown task {card.Task}", fail);
        Names(card.Classes, "$.classes", "class", fail);
        Require(card.Task == Configuration.TaskKind.Regression ? card.Classes.Count == 0 : card.Classes.Count >= 2, "$.classes",
            card.Task == Configuration.TaskKind.Regression ? "a regression model has no classes" : $"a classifier has at least 2 classes, found {card.Classes.Count}", fail);
        Require(card.PositiveClass is null || card.Classes.Contains(card.PositiveClass), "$.positive_class",
            $"'{card.PositiveClass}' is not one of the classes", fail);
        Require(card.Features.Count > 0, "$.features", "the model takes no features", fail);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < card.Features.Count; i++)
        {
            var at = $"$.features[{I(i)}]";
            var feature = card.Features[i];
            Require(feature is not null, at, "a feature is null", fail);
            Require(feature!.Name is { Length: > 0 }, $"{at}.name", "a feature has no name", fail);
            Require(seen.Add(feature.Name), $"{at}.name", $"feature '{feature.Name}' is listed twice", fail);
            Require(Enum.IsDefined(feature.Kind), $"{at}.kind", $"unknown kind {feature.Kind}", fail);
            Require(feature.Categories is not null, $"{at}.categories", "categories are null (use [] for none)", fail);
            Names(feature.Categories!, $"{at}.categories", "category", fail);
        }
        Require(double.IsFinite(card.Threshold) && card.Threshold is >= 0 and <= 1, "$.threshold",
            $"the threshold must be in [0, 1], found {card.Threshold.ToString(CultureInfo.InvariantCulture)}", fail);
        Require(card.ModelFile.Length > 0 && Path.GetFileName(card.ModelFile) == card.ModelFile && card.ModelFile is not ("." or ".."),
            "$.model_file", $"'{card.ModelFile}' must be a file name next to the card, not a path", fail);
        Require(ContentHash.IsValid(card.ModelSha256.ToLowerInvariant()), "$.model_sha256", "not a sha256 (64 hex digits)", fail);
        for (var i = 0; i < card.CvFolds.Count; i++)
        {
            var fold = card.CvFolds[i];
            Require(fold is not null, $"$.cv_folds[{I(i)}]", "a fold is null", fail);
            var missing = card.CvMetrics.Keys.FirstOrDefault(name => !fold!.ContainsKey(name));
            Require(missing is null, $"$.cv_folds[{I(i)}]", $"fold {I(i + 1)} has no value for the cross-validation metric '{missing}'", fail);
        }
        for (var i = 0; i < card.Limitations.Count; i++)
        {
            Require(card.Limitations[i] is not null, $"$.limitations[{I(i)}]", "a limitation is null", fail);
        }
        for (var i = 0; i < card.Candidates.Count; i++)
        {
            Require(card.Candidates[i] is not null, $"$.candidates[{I(i)}]", "a candidate is null", fail);
        }
        for (var i = 0; i < card.PerClass.Count; i++)
        {
            Require(card.PerClass[i] is not null, $"$.per_class[{I(i)}]", "a class score is null", fail);
        }
    }

    private static void Names(IReadOnlyList<string> names, string at, string what, Func<string, string, InputException> fail)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            Require(names[i] is not null, $"{at}[{I(i)}]", $"a {what} is null", fail);
            Require(seen.Add(names[i]), $"{at}[{I(i)}]", $"{what} '{names[i]}' is listed twice", fail);
        }
    }

    private static void Require(bool holds, string field, string problem, Func<string, string, InputException> fail)
    {
        if (!holds)
        {
            throw fail(field, problem);
        }
    }

    private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);
}
