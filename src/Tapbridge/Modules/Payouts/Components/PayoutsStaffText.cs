namespace Tapbridge.Modules.Payouts.Components;

/// <summary>
/// The words of the payout components only agency staff see (PayoutsStaffText.resx and its Vietnamese translation;
/// other languages read English).
/// </summary>
internal sealed class PayoutsStaffText
{
    private PayoutsStaffText()
    {
    }
}
