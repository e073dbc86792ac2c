namespace Tapbridge.Modules.Agency;

/// <summary>The agency module's rule messages (AgencyRules.resx and its translations), raised as <see cref="Platform.RuleViolationException"/>.</summary>
internal sealed class AgencyRules
{
    private AgencyRules()
    {
    }
}
