using System.ComponentModel.DataAnnotations;

namespace Tapbridge.Modules.Orders;

/// <summary>The <c>Orders</c> section: how TikTok's affiliate orders are read.</summary>
internal sealed class OrderSettings
{
    [Range(0.1, 1440, ErrorMessage = "Orders:PollMinutes must be 0.1 to 1,440 minutes.")]
    public double PollMinutes { get; set; } = 10;

    /// <summary>How far back the first read of a market goes.</summary>
    [Range(1, 365, ErrorMessage = "Orders:InitialDays must be 1 to 365 days.")]
    public int InitialDays { get; set; } = 90;

    /// <summary>How long unsettled lines are read again.</summary>
    [Range(1, 365, ErrorMessage = "Orders:RefreshDays must be 1 to 365 days.")]
    public int RefreshDays { get; set; } = 60;
}
