using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Agency;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Sellers.Shops;

/// <summary>A seller's own shops: list and add. Always scoped to the caller's seller organization.</summary>
internal sealed class SellerShops(IDbContextFactory<TapbridgeDbContext> contexts, AgencyDirectory agency, TimeProvider clock)
{
    public async Task<SellerOverview> GetAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var seller = await db.Set<SellerOrganization>().AsNoTracking().Include(s => s.Shops)
            .SingleOrDefaultAsync(s => s.Id == actor.OrganizationId, cancellationToken) ?? throw new NotFoundException("Seller");
        return new SellerOverview(seller.Id, seller.Name, seller.Shops.OrderBy(s => s.CreatedAt).Select(ShopView.From).ToList());
    }

    public async Task<ShopView> AddAsync(Actor actor, AddShopRequest request, CancellationToken cancellationToken)
    {
        var market = await agency.RequireMarketAsync(request.Market, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var seller = await db.Set<SellerOrganization>().Include(s => s.Shops)
            .SingleOrDefaultAsync(s => s.Id == actor.OrganizationId, cancellationToken) ?? throw new NotFoundException("Seller");
        var shop = seller.AddShop(request.ShopCode, request.ShopName, market, clock.GetUtcNow(), request.CrossBorder);
        await ShopCodes.EnsureFreeAsync(db, market.Code, shop.ShopCode, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return ShopView.From(shop);
    }
}

public sealed record SellerOverview(Guid Id, string Name, IReadOnlyList<ShopView> Shops);

public sealed record ShopView(Guid Id, string ShopCode, string Name, string Market, bool CrossBorder, DateTimeOffset CreatedAt)
{
    public static ShopView From(Shop shop) => new(shop.Id, shop.ShopCode, shop.Name, shop.MarketCode, shop.CrossBorder, shop.CreatedAt);
}

public sealed record AddShopRequest(string ShopCode, string ShopName, string Market, bool CrossBorder = false);
