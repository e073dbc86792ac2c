using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Sellers;

/// <summary>What the agency sees of sellers: every brand with its shops. Staff-only callers.</summary>
public sealed class SellerDirectory(IDbContextFactory<TapbridgeDbContext> contexts)
{
    public async Task<IReadOnlyList<SellerSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sellers = await db.Set<SellerOrganization>().AsNoTracking().Include(s => s.Shops).ToListAsync(cancellationToken);
        return sellers
            .OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .Select(s => new SellerSummary(s.Id, s.Name, s.CreatedAt, s.Shops.Select(shop => new SellerShop(shop.ShopCode, shop.Name, shop.MarketCode)).ToList()))
            .ToList();
    }
}

public sealed record SellerSummary(Guid Id, string Name, DateTimeOffset JoinedAt, IReadOnlyList<SellerShop> Shops);

public sealed record SellerShop(string ShopCode, string Name, string Market);
