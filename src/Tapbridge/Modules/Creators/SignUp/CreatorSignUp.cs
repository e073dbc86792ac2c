using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Accounts;
using Tapbridge.Modules.Agency;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Creators.SignUp;

/// <summary>A creator signs up: the creator account bound to a handle and market, and its user, all or nothing.</summary>
internal sealed class CreatorSignUp(TapbridgeDbContext db, AccountRegistration registration, AgencyDirectory agency, TimeProvider clock)
{
    public async Task<TapbridgeUser> SignUpAsync(CreatorSignUpRequest request, CancellationToken cancellationToken)
    {
        var market = await agency.RequireMarketAsync(request.Market, cancellationToken);
        var creator = Creator.Create(request.Handle, market, request.DisplayName, request.FollowerCount, request.Niches, request.ContactPhone, clock.GetUtcNow());
        if (await db.Set<Creator>().AnyAsync(c => c.MarketCode == creator.MarketCode && c.Handle == creator.Handle, cancellationToken))
        {
            throw RuleViolationException.Say<CreatorsRules>("SignUp.HandleTaken", "handle", creator.Handle, market.Name);
        }

        await registration.EnsureEmailIsFreeAsync(request.Email);
        await registration.ValidatePasswordAsync(request.Password);

        return await db.InTransactionAsync(async () =>
        {
            db.Add(creator);
            db.Add(CreatorEvent.Record(creator.Id, creator.DisplayName, "Signed up",
                string.Create(CultureInfo.InvariantCulture, $"@{creator.Handle} in {market.Name}, {creator.FollowerCount:N0} followers; bio code {creator.VerificationCode}"), clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
            var user = await registration.RegisterAsync(
                new NewAccount(request.Email, creator.DisplayName, request.Password, OrganizationKind.Creator, creator.Id, Roles.Creator, EmailConfirmed: false),
                cancellationToken);
            return user;
        }, cancellationToken);
    }
}

public sealed record CreatorSignUpRequest(string Handle, string Market, string DisplayName, int FollowerCount, string Email, string Password)
{
    public IReadOnlyList<string> Niches { get; init; } = [];
    public string? ContactPhone { get; init; }
}
