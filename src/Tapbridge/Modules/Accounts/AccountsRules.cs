namespace Tapbridge.Modules.Accounts;

/// <summary>The accounts module's rule messages (AccountsRules.resx and its translations), raised as <see cref="Platform.RuleViolationException"/>.</summary>
internal sealed class AccountsRules
{
    private AccountsRules()
    {
    }
}
