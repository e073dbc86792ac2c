using Microsoft.AspNetCore.Identity;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;

namespace Tapbridge.Modules.Accounts;

/// <summary>
/// Creates a person's account inside an organization another module owns. Callers wrap it in their transaction,
/// so a refused password or a taken email leaves no organization behind.
/// </summary>
public sealed class AccountRegistration(UserManager<TapbridgeUser> users, AccountMail mail, TimeProvider clock)
{
    public async Task<TapbridgeUser> RegisterAsync(NewAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var email = account.Email.Trim();
        var user = TapbridgeUser.Create(email, account.DisplayName, account.Kind, account.OrganizationId, clock.GetUtcNow());
        user.EmailConfirmed = account.EmailConfirmed;
        ThrowIfFailed(await users.CreateAsync(user, account.Password));
        ThrowIfFailed(await users.AddToRoleAsync(user, account.Role));
        if (!account.EmailConfirmed)
        {
            await mail.SendConfirmationAsync(user, cancellationToken);
        }

        return user;
    }

    public async Task ValidatePasswordAsync(string password)
    {
        foreach (var validator in users.PasswordValidators)
        {
            ThrowIfFailed(await validator.ValidateAsync(users, null!, password));
        }
    }

    public async Task EnsureEmailIsFreeAsync(string email)
    {
        if (await users.FindByEmailAsync(email.Trim()) is not null)
        {
            throw RuleViolationException.Say<AccountsRules>("Registration.EmailTaken", "email", email.Trim());
        }
    }

    internal static void ThrowIfFailed(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }

        var error = result.Errors.First();
        var field = error.Code switch
        {
            _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => "password",
            _ when error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) => "email",
            _ => null,
        };
        throw new RuleViolationException(string.Join(" ", result.Errors.Select(e => e.Description)), field);
    }
}

public sealed record NewAccount(
    string Email, string DisplayName, string Password, OrganizationKind Kind, Guid OrganizationId, string Role, bool EmailConfirmed);
