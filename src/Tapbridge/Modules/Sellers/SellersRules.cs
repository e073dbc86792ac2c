namespace Tapbridge.Modules.Sellers;

/// <summary>The sellers module's rule messages (SellersRules.resx and its translations), raised as <see cref="Platform.RuleViolationException"/>.</summary>
internal sealed class SellersRules
{
    private SellersRules()
    {
    }
}
