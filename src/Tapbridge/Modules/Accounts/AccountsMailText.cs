namespace Tapbridge.Modules.Accounts;

/// <summary>The account mails: confirmations, resets, lockouts and invitations (AccountsMailText.resx and its translations).</summary>
internal sealed class AccountsMailText
{
    private AccountsMailText()
    {
    }
}
