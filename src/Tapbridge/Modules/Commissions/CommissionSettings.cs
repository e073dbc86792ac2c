using System.ComponentModel.DataAnnotations;

namespace Tapbridge.Modules.Commissions;

/// <summary>The <c>Commissions</c> section.</summary>
public sealed class CommissionSettings
{
    /// <summary>Days after delivery before an agency-funded earning confirms.</summary>
    [Range(0, 90, ErrorMessage = "Commissions:HoldDays must be 0 to 90 days.")]
    public int HoldDays { get; set; } = 14;

    /// <summary>How often earnings are confirmed and cycles closed.</summary>
    [Range(0.1, 1440, ErrorMessage = "Commissions:MaturationMinutes must be 0.1 to 1,440 minutes.")]
    public double MaturationMinutes { get; set; } = 15;
}
