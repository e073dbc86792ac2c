namespace Tapbridge.Modules.Accounts.Components;

/// <summary>The account cards' words: profile, API tokens, team (AccountsText.resx and its translations).</summary>
internal sealed class AccountsText
{
    private AccountsText()
    {
    }
}
