using System.ComponentModel.DataAnnotations;

namespace Tapbridge.Modules.Payouts;

/// <summary>The <c>Payouts</c> section (the paying accounts under <c>Payouts:PayingAccounts</c> are read by the bank file formats).</summary>
public sealed class PayoutSettings
{
    /// <summary>Hours before payouts go to a payout method that replaced another.</summary>
    [Range(0, 720, ErrorMessage = "Payouts:MethodHoldHours must be 0 to 720 hours.")]
    public int MethodHoldHours { get; set; } = 72;

    /// <summary>Whether the scheduler prepares each market's batch before pay day.</summary>
    public bool PrepareOnSchedule { get; set; } = true;

    [Range(0, 27, ErrorMessage = "Payouts:PrepareDaysBefore must be 0 to 27 days.")]
    public int PrepareDaysBefore { get; set; } = 5;

    [Range(0.05, 1440, ErrorMessage = "Payouts:SchedulerMinutes must be 0.05 to 1,440 minutes.")]
    public double SchedulerMinutes { get; set; } = 60;
}
