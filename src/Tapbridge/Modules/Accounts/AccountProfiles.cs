using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Accounts;

/// <summary>
/// A person's own profile, for the settings pages. Each call opens its own scope: a Blazor circuit lives for hours
/// and must not hold one DbContext or UserManager that long.
/// </summary>
internal sealed class AccountProfiles(IServiceScopeFactory scopes)
{
    public async Task<AccountProfile> GetAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        return await db.Users.AsNoTracking()
            .Where(u => u.Id == actor.UserId)
            .Select(u => new AccountProfile(u.DisplayName, u.Email!, u.EmailConfirmed, u.CreatedAt))
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Account");
    }

    public async Task RenameAsync(Actor actor, string displayName, CancellationToken cancellationToken)
    {
        displayName = displayName.Trim();
        if (displayName.Length is < 2 or > 120)
        {
            throw RuleViolationException.Say<AccountsRules>("Profile.NameLength", "displayName");
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TapbridgeUser>>();
        var user = await users.FindByIdAsync(actor.UserId.ToString()) ?? throw new NotFoundException("Account");
        user.DisplayName = displayName;
        AccountRegistration.ThrowIfFailed(await users.UpdateAsync(user));
    }

    public async Task ResendConfirmationAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TapbridgeUser>>();
        var user = await users.FindByIdAsync(actor.UserId.ToString()) ?? throw new NotFoundException("Account");
        if (user.EmailConfirmed)
        {
            throw RuleViolationException.Say<AccountsRules>("Profile.AlreadyConfirmed", null);
        }

        await scope.ServiceProvider.GetRequiredService<AccountMail>().SendConfirmationAsync(user, cancellationToken);
    }
}

internal sealed record AccountProfile(string DisplayName, string Email, bool EmailConfirmed, DateTimeOffset CreatedAt);
