namespace Tapbridge.Modules.Commissions;

/// <summary>The commissions module's rule messages (CommissionsRules.resx and its translations), raised as <see cref="Platform.RuleViolationException"/>.</summary>
internal sealed class CommissionsRules
{
    private CommissionsRules()
    {
    }
}
