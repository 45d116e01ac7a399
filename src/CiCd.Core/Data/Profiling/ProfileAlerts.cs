using System.Globalization;
using CiCd.Configuration;
using CiCd.Formats;

namespace CiCd.Data.Profiling;

/// <summary>Turns the figures into the findings a data scientist would flag by hand, each with a sentence.</summary>
internal static class ProfileAlerts
{
    public static List<ProfileAlert> Find(ProfileInput input, IReadOnlyList<ColumnResult> columns, TargetSummary target,
        int duplicates, IReadOnlyList<FeaturePair> pairs, ProfileOptions options)
    {
        var alerts = new List<ProfileAlert>();
        var rows = input.RowCount;
        if (duplicates > 0)
        {
            alerts.Add(new(ProfileAlertKind.DuplicateRows, null, $"{Counted.Of(duplicates, "row")} {(duplicates == 1 ? "repeats" : "repeat")} an earlier row ({P((double)duplicates / rows)})"));
        }
        var minority = target.Classes.MinBy(c => c.Share)!;
        if (minority.Share < options.ImbalanceShare)
        {
            alerts.Add(new(ProfileAlertKind.ClassImbalance, target.Name, $"class '{minority.Value}' holds {P(minority.Share)} of the rows ({minority.Count})"));
        }
        foreach (var (profile, _, _, association, modeShare, identifier) in columns)
        {
            var name = profile.Name;
            if (input.HasConfig && profile.Declared is null)
            {
                alerts.Add(new(ProfileAlertKind.NotInConfig, name, "in the file but not declared in the config (the model does not use it)"));
            }
            if (!profile.KindsAgree)
            {
                alerts.Add(new(ProfileAlertKind.KindMismatch, name, $"declared {Name(profile.Declared!.Value)}, but the values look {Name(profile.Inferred)}: {profile.InferredReason}"));
            }
            // A category present in some rows and missing in others tells them apart (the model reads missing as an unknown
            // level), as a market basket's 't' or '?' does; a number is imputed with its mean, so one value stays constant.
            var presence = profile.Distinct == 1 && profile.Missing > 0 && profile.Categories is not null;
            if (profile.Distinct <= 1 && !presence)
            {
                alerts.Add(new(ProfileAlertKind.Constant, name, profile.Distinct == 0 ? "every value is missing" : "a single value in every row"));
            }
            else if (modeShare >= options.NearConstantShare && !presence)
            {
                alerts.Add(new(ProfileAlertKind.NearConstant, name, $"the most frequent value fills {P(modeShare)} of the rows"));
            }
            if (identifier)
            {
                alerts.Add(new(ProfileAlertKind.Identifier, name, $"{profile.InferredReason}: not a feature"));
            }
            else if (profile.Categories is not null && profile.Distinct >= options.HighCardinality)
            {
                alerts.Add(new(ProfileAlertKind.HighCardinality, name, Counted.Of(profile.Distinct, "distinct level")));
            }
            if (rows > 0 && (double)profile.Missing / rows >= options.HighMissingShare)
            {
                alerts.Add(new(ProfileAlertKind.HighMissing, name, $"{P((double)profile.Missing / rows)} of the values are missing"));
            }
            var lookAlikes = profile.MissingSpellings.Keys.Where(MissingSpellings.LookAlikes.Contains).ToList();
            if (lookAlikes.Count > 0)
            {
                alerts.Add(new(ProfileAlertKind.MissingLookAlike, name, $"{string.Join(", ", lookAlikes.Select(s => $"'{s}'"))} read as a value, not as missing"));
            }
            if (association.PossibleLeakage)
            {
                alerts.Add(new(ProfileAlertKind.PossibleLeakage, name, $"alone it tells the target suspiciously well ({association.Strongest.Name} {F(association.Strongest.Value)}): check it is known before the outcome"));
            }
        }
        alerts.AddRange(pairs.Select(p => new ProfileAlert(ProfileAlertKind.HighCorrelation, p.First, $"{p.First} and {p.Second}: {p.Method} {F(p.Value)}")));
        return alerts;
    }

    public static string Name(ColumnKind kind) => kind.ToString().ToLowerInvariant();

    private static string P(double share) => share.ToString("0.#%", CultureInfo.InvariantCulture);

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
