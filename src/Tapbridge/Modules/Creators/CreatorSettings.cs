using System.ComponentModel.DataAnnotations;

namespace Tapbridge.Modules.Creators;

/// <summary>The <c>Creators</c> section.</summary>
internal sealed class CreatorSettings
{
    /// <summary>How often creator tiers are recalculated.</summary>
    [Range(0.1, 168, ErrorMessage = "Creators:TierHours must be 0.1 to 168 hours.")]
    public double TierHours { get; set; } = 6;
}
