namespace Tapbridge.Modules.Payouts;

/// <summary>The payout mails to creators (PayoutsMailText.resx and its translations).</summary>
internal sealed class PayoutsMailText
{
    private PayoutsMailText()
    {
    }
}
