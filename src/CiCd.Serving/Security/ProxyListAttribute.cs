using System.ComponentModel.DataAnnotations;

namespace CiCd.Serving.Security;

/// <summary>Validates a list of trusted proxies when the options load, naming the entry that is neither an address nor a range.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ProxyListAttribute : ValidationAttribute
{
    /// <inheritdoc />
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        TrustedProxies.Parse(value as string, out var wrong) is null
            ? new ValidationResult($"{validationContext.MemberName}: '{wrong}' is neither an IP address nor a CIDR range (such as 10.0.0.0/8)",
                [validationContext.MemberName!])
            : ValidationResult.Success;
}
