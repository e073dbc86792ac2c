using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Demo;

namespace Tapbridge.Modules.Accounts;

/// <summary>Demo-world accounts: created by the modules' demo seeders, listed on the sign-in page in demo mode only.</summary>
public sealed class DemoAccounts(TapbridgeDbContext db, UserManager<TapbridgeUser> users, IOptions<DemoSettings> demo, TimeProvider clock)
{
    private static readonly Lock HashLock = new();
    private static (string Password, string Hash)? sharedHash;

    /// <summary>Creates the account unless its email exists. All demo accounts share one password hash: hashing
    /// at 210,000 PBKDF2 iterations per account would make the first start take many seconds.</summary>
    public async Task EnsureAsync(string email, string displayName, OrganizationKind kind, Guid organizationId, string role)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var user = TapbridgeUser.Create(email, displayName, kind, organizationId, clock.GetUtcNow());
        user.EmailConfirmed = true;
        user.PasswordHash = SharedHash(users, user, demo.Value.Password);
        AccountRegistration.ThrowIfFailed(await users.CreateAsync(user));
        AccountRegistration.ThrowIfFailed(await users.AddToRoleAsync(user, role));
    }

    internal async Task<IReadOnlyList<DemoAccount>> ListAsync(CancellationToken cancellationToken)
    {
        if (!demo.Value.Enabled)
        {
            return [];
        }

        var suffix = "@" + DemoSettings.EmailDomain;
        var rows = await (
                from user in db.Users.AsNoTracking()
                where user.Email!.EndsWith(suffix)
                join userRole in db.UserRoles on user.Id equals userRole.UserId
                join role in db.Roles on userRole.RoleId equals role.Id
                select new { user.Email, user.DisplayName, user.OrganizationKind, Role = role.Name, user.CreatedAt })
            .ToListAsync(cancellationToken);
        return rows
            .Where(r => r.OrganizationKind != OrganizationKind.Creator || DemoSettings.ListedCreators.Contains(r.Email!))
            .OrderBy(r => r.OrganizationKind).ThenBy(r => DemoSettings.ListedCreators.TakeWhile(e => e != r.Email).Count()).ThenBy(r => r.CreatedAt)
            .GroupBy(r => r.OrganizationKind)
            .SelectMany(g => g.Take(g.Key == OrganizationKind.Creator ? DemoSettings.ListedCreators.Count : 4))
            .Select(r => new DemoAccount(r.Email!, r.DisplayName, Roles.Title(r.Role!), demo.Value.Password))
            .ToList();
    }

    private static string SharedHash(UserManager<TapbridgeUser> users, TapbridgeUser user, string password)
    {
        lock (HashLock)
        {
            if (sharedHash is not { } cached || cached.Password != password)
            {
                cached = (password, users.PasswordHasher.HashPassword(user, password));
                sharedHash = cached;
            }

            return cached.Hash;
        }
    }
}

internal sealed record DemoAccount(string Email, string DisplayName, string Role, string Password);
