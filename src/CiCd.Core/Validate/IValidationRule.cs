namespace CiCd.Validate;

/// <summary>One kind of check on a dataset; it yields one result per column it applies to (or one for the dataset).</summary>
public interface IValidationRule
{
    /// <summary>Runs the check.</summary>
    IEnumerable<RuleResult> Check(ValidationContext context);
}
