using System.ComponentModel.DataAnnotations;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Agency;

/// <summary>The <c>Agency</c> section: the installation's agency, created on the first start.</summary>
internal sealed class AgencySettings : IValidatableObject
{
    private static readonly string[] DefaultMarkets = ["VN", "PH", "TH"];

    [Required(AllowEmptyStrings = false, ErrorMessage = "Agency:Name must not be empty.")]
    [StringLength(200, ErrorMessage = "Agency:Name must be at most 200 characters.")]
    public string Name { get; set; } = "Tapbridge Agency";

    /// <summary>
    /// Null when not configured: the binder appends to an array that has values, so the default is applied in
    /// <see cref="MarketCodes"/>, not here.
    /// </summary>
    public string[]? Markets { get; set; }

    public IReadOnlyList<string> MarketCodes() => Markets is { Length: > 0 } markets ? markets : DefaultMarkets;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var code in MarketCodes().Where(c => Market.Find(c) is null))
        {
            yield return new ValidationResult(
                $"Agency:Markets has '{code}', not a market Tapbridge supports ({string.Join(", ", Market.All.Select(m => m.Code))}).");
        }
    }
}
