using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Accounts;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Demo;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Sellers.Demo;

/// <summary>Demo brands with shops across the demo markets, each with a seller user.</summary>
internal sealed class SellersDemo(TapbridgeDbContext db, DemoAccounts accounts, TimeProvider clock) : IDemoSeeder
{
    private static readonly DemoSeller[] Sellers =
    [
        new("Lumière Skin", "seller.lumiere", "Hoa Pham", [("VNLUMIERE01", "Lumière Skin Official", Market.Vietnam), ("PHLUMIERE01", "Lumière Skin PH", Market.Philippines)]),
        new("Kopi Kultura", "seller.kopi", "Andrea Santos", [("PHKOPIKLT8", "Kopi Kultura Coffee", Market.Philippines)]),
        new("Siam Active", "seller.siamactive", "Natthapong Srisuk", [("THSIAMACT22", "Siam Active Sportswear", Market.Thailand), ("VNSIAMACT22", "Siam Active Vietnam", Market.Vietnam)]),
        new("Nhà Xinh Home", "seller.nhaxinh", "Duc Le", [("VNNHAXINH7", "Nhà Xinh Home & Living", Market.Vietnam)]),
        new("GadgetHub Asia", "seller.gadgethub", "Kittipong Wongsa", [("THGADGET09", "GadgetHub TH", Market.Thailand), ("PHGADGET09", "GadgetHub PH", Market.Philippines)]),
    ];

    public int Order => 200;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var demo in Sellers)
        {
            var seller = await db.Set<SellerOrganization>().SingleOrDefaultAsync(s => s.Name == demo.Brand, cancellationToken);
            if (seller is null)
            {
                var now = clock.GetUtcNow();
                seller = SellerOrganization.Create(demo.Brand, now);
                foreach (var (code, name, market) in demo.Shops)
                {
                    seller.AddShop(code, name, market, now);
                }

                db.Add(seller);
                await db.SaveChangesAsync(cancellationToken);
            }

            await accounts.EnsureAsync(DemoSettings.Email(demo.Login), demo.Person, OrganizationKind.Seller, seller.Id, Roles.Seller);
        }
    }

    private sealed record DemoSeller(string Brand, string Login, string Person, (string Code, string Name, Market Market)[] Shops);
}
