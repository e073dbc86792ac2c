using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Connections;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Sellers;

/// <summary>What the agency and other modules see of sellers: every brand with its shops.</summary>
public sealed class SellerDirectory(IDbContextFactory<TapbridgeDbContext> contexts, SellerTikTok tiktok)
{
    public async Task<IReadOnlyList<ShopInfo>> ShopsOfAsync(Guid sellerId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var shops = await Shops(db, s => s.SellerId == sellerId).ToListAsync(cancellationToken);
        return shops.OrderBy(s => s.ShopName, StringComparer.Ordinal).ToList();
    }

    /// <summary>A shop TikTok names in a report (its lists carry the shop name, not the code), matched case-insensitively.</summary>
    public async Task<ShopInfo?> FindShopByNameAsync(string market, string shopName, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var candidates = await Shops(db, s => s.MarketCode == market).ToListAsync(cancellationToken);
        var matches = candidates.Where(s => string.Equals(s.ShopName, shopName.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>Names of the sellers with these ids, for lists that show who registered what.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<Guid> sellerIds, CancellationToken cancellationToken)
    {
        var ids = sellerIds.Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<SellerOrganization>().AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
    }

    private static IQueryable<ShopInfo> Shops(TapbridgeDbContext db, Expression<Func<Shop, bool>> filter) =>
        from shop in db.Set<Shop>().AsNoTracking().Where(filter)
        join seller in db.Set<SellerOrganization>().AsNoTracking() on shop.SellerId equals seller.Id
        select new ShopInfo(seller.Id, seller.Name, shop.Id, shop.ShopCode, shop.Name, shop.MarketCode, shop.CrossBorder);

    public async Task<IReadOnlyList<SellerSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sellers = await db.Set<SellerOrganization>().AsNoTracking().Include(s => s.Shops).ToListAsync(cancellationToken);
        var authorized = await tiktok.StandingAsync(cancellationToken);
        return sellers
            .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .Select(s => new SellerSummary(s.Id, s.Name, s.CreatedAt, s.Shops.Select(shop => new SellerShop(shop.ShopCode, shop.Name, shop.MarketCode)).ToList(),
                authorized.TryGetValue(s.Id, out var at) ? at : null))
            .ToList();
    }
}

/// <summary>A brand as the agency lists it; <see cref="AuthorizedAt"/> when its authorization of the app stands (its shops' webhooks reach the agency).</summary>
public sealed record SellerSummary(Guid Id, string Name, DateTimeOffset JoinedAt, IReadOnlyList<SellerShop> Shops, DateTimeOffset? AuthorizedAt);

public sealed record SellerShop(string ShopCode, string Name, string Market);

/// <summary>A shop with its seller, as other modules use it.</summary>
public sealed record ShopInfo(Guid SellerId, string SellerName, Guid ShopId, string ShopCode, string ShopName, string Market, bool CrossBorder);
