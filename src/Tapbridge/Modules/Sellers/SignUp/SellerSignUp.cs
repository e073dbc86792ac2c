using Tapbridge.Modules.Accounts;
using Tapbridge.Modules.Agency;
using Tapbridge.Platform.Auth;
using Tapbridge.Modules.Sellers.Shops;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Sellers.SignUp;

/// <summary>A brand signs itself up: the seller organization, its first shop and its first user, all or nothing.</summary>
internal sealed class SellerSignUp(TapbridgeDbContext db, AccountRegistration registration, AgencyDirectory agency, TimeProvider clock)
{
    public async Task<TapbridgeUser> SignUpAsync(SellerSignUpRequest request, CancellationToken cancellationToken)
    {
        var market = await agency.RequireMarketAsync(request.Market, cancellationToken);
        await registration.EnsureEmailIsFreeAsync(request.Email);
        await registration.ValidatePasswordAsync(request.Password);
        var now = clock.GetUtcNow();
        var seller = SellerOrganization.Create(request.BrandName, now);
        seller.AddShop(request.ShopCode, request.ShopName, market, now);
        await ShopCodes.EnsureFreeAsync(db, market.Code, request.ShopCode, cancellationToken);

        return await db.InTransactionAsync(async () =>
        {
            db.Add(seller);
            await db.SaveChangesAsync(cancellationToken);
            var user = await registration.RegisterAsync(
                new NewAccount(request.Email, request.YourName, request.Password, OrganizationKind.Seller, seller.Id, Roles.Seller, EmailConfirmed: false),
                cancellationToken);
            return user;
        }, cancellationToken);
    }
}

public sealed record SellerSignUpRequest(string BrandName, string YourName, string Email, string Password, string ShopCode, string ShopName, string Market);
