using System.Globalization;
using CiCd.Testing;

namespace CiCd.Workflows.Tests.Runner;

/// <summary>
/// A checkout that trains in seconds: the shipped German credit data and one logistic regression whose
/// regularisation the test picks (another value gives another model, so another image digest).
/// </summary>
public static class CreditPipeline
{
    /// <summary>The dataset section of the shipped German credit data, as a checkout written by <see cref="WriteTo"/> holds it.</summary>
    public const string DatasetSection = """
        dataset:
          name: german-credit
          path: data/german_credit.csv
          target: class
          task: binary
          classes: [good, bad]
          positive_class: bad
          columns:
            checking_status: categorical
            duration: numeric
            credit_history: categorical
            purpose: categorical
            credit_amount: numeric
            savings_status: categorical
            employment: categorical
            installment_commitment: numeric
            personal_status: categorical
            other_parties: categorical
            residence_since: numeric
            property_magnitude: categorical
            age: numeric
            other_payment_plans: categorical
            housing: categorical
            existing_credits: numeric
            job: categorical
            num_dependents: numeric
            own_telephone: categorical
            foreign_worker: categorical
            class: categorical

        """;

    private const string Config = DatasetSection + """
        training:
          seed: 42
          folds: 3
          primary_metric: roc_auc
          candidates:
            - trainer: logistic_regression
              space:
                l2_regularization: [L2]
        gates:
          thresholds:
            roc_auc: { min: 0.5 }
        release:
          version: "1.0"

        """;

    /// <summary>
    /// The stage cache (<c>mlops train --cache</c>) of the tests that train this pipeline, one per test run: a job whose
    /// config and data some job of the run already trained, in this test or another, restores that run (the same files:
    /// the seed is fixed) instead of training it again.
    /// </summary>
    public static string TrainCache => TrainedModels.StageCache(nameof(CreditPipeline));

    /// <summary>
    /// Runs a job's train step (<c>train --no-track --cache</c> <see cref="TrainCache"/>) through <paramref name="step"/>,
    /// the test's own way of running a step. Jobs of the run training the same inputs at once train them once: the
    /// stage cache gives one run of a key at a time the turn to train, and the others restore its run.
    /// </summary>
    public static void Train(Action<string[]> step) => step(["train", "--no-track", "--cache", TrainCache]);

    /// <summary>Copies the data, writes mlops.yaml and commits; returns the commit.</summary>
    public static string WriteTo(GitWorkspace checkout, double l2Regularization)
    {
        var data = Path.Combine(checkout.Folder, "data", "german_credit.csv");
        if (!File.Exists(data))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(data)!);
            File.Copy(Path.Combine(RepositoryRoot.Path, "data", "raw", "german_credit.csv"), data);
            File.WriteAllText(Path.Combine(checkout.Folder, ".gitignore"), "out/\n.mlops/\n.runner/\nmodels/\n");
        }
        return checkout.Commit("mlops.yaml", Config.Replace("L2", l2Regularization.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }
}
