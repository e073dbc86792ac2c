namespace Tapbridge.Modules.Payouts;

/// <summary>The payouts module's rule messages (PayoutsRules.resx and its translations), raised as <see cref="Platform.RuleViolationException"/>.</summary>
internal sealed class PayoutsRules
{
    private PayoutsRules()
    {
    }
}
