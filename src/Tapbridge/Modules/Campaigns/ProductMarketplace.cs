using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;
using static Tapbridge.Platform.RuleViolationException;

namespace Tapbridge.Modules.Campaigns;

/// <summary>
/// The creators' view of the forwardable catalogue in one market: search over titles, shops and categories, filters
/// (price, creator rate, category, free samples, stock), sorts (rate, earnings per sale, price, units sold, newest),
/// the market's categories with counts, and the Trending, High commission and New rails. Who may browse is the caller's rule.
/// </summary>
public sealed class ProductMarketplace(IDbContextFactory<TapbridgeDbContext> contexts, TimeProvider clock)
{
    public const int MaxPageSize = 50;
    private const int RailSize = 10;

    public async Task<MarketplacePage> BrowseAsync(MarketplaceQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var market = Market.Get(query.Market);
        Require<CampaignsRules>(query.MinPrice is null || query.MaxPrice is null || query.MinPrice <= query.MaxPrice, "maxPrice", "Marketplace.PriceRange");
        Require<CampaignsRules>(query.MinCreatorRate is null || query.MaxCreatorRate is null || query.MinCreatorRate <= query.MaxCreatorRate, "maxCreatorRate", "Marketplace.RateRange");
        Require<CampaignsRules>(query.Page is >= 1 and <= 1_000, "page", "Marketplace.PageRange");
        var (page, size) = (query.Page, Math.Clamp(query.PageSize, 1, MaxPageSize));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await OnOfferAsync(db, market.Code, cancellationToken);
        if (query.CategoryId is { Length: > 0 } category)
        {
            rows = rows.Where(r => r.TopCategoryId == category || r.CategoryId == category);
        }

        if (Registration.Fold(query.Search ?? "") is { Length: > 0 } search)
        {
            // Every word must appear somewhere in the title, shop or category; LIKE wildcards typed by the creator are literal.
            foreach (var word in search.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(5))
            {
                var pattern = LikePattern.Containing(word);
                rows = rows.Where(r => EF.Functions.Like(r.SearchText, pattern, LikePattern.Escape));
            }
        }

        rows = rows
            .Where(r => (query.MinPrice == null || r.LowestPrice >= query.MinPrice) && (query.MaxPrice == null || r.LowestPrice <= query.MaxPrice))
            .Where(r => (query.MinCreatorRate == null || r.CreatorRate >= query.MinCreatorRate) && (query.MaxCreatorRate == null || r.CreatorRate <= query.MaxCreatorRate))
            .Where(r => !query.WithSamples || r.SampleQuota > 0)
            .Where(r => !query.InStock || r.Stock > 0);
        var total = await rows.CountAsync(cancellationToken);
        var sorted = query.Sort switch
        {
            MarketplaceSort.HighestEarnings => rows.OrderByDescending(r => r.LowestPrice * r.CreatorRate).ThenBy(r => r.Id),
            MarketplaceSort.LowestPrice => rows.OrderBy(r => r.LowestPrice).ThenBy(r => r.Id),
            MarketplaceSort.HighestPrice => rows.OrderByDescending(r => r.LowestPrice).ThenBy(r => r.Id),
            MarketplaceSort.BestSelling => rows.OrderByDescending(r => r.ProductSales).ThenBy(r => r.Id),
            MarketplaceSort.Newest => rows.OrderByDescending(r => r.StatusChangedAt).ThenBy(r => r.Id),
            MarketplaceSort.Trending => Trending(rows),
            _ => rows.OrderByDescending(r => r.CreatorRate).ThenBy(r => r.Id),
        };
        var found = await sorted.Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        var campaigns = await CampaignsAsync(db, found, cancellationToken);
        return new MarketplacePage(found.Select(r => MarketplaceProduct.From(r, campaigns[r.CampaignId])).ToList(), total, page, size);
    }

    /// <summary>The marketplace's front page: categories that have products, and the Trending, High commission and New rails.</summary>
    public async Task<MarketplaceHome> HomeAsync(string market, CancellationToken cancellationToken)
    {
        var code = Market.Get(market).Code;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await OnOfferAsync(db, code, cancellationToken);
        var counts = await rows.GroupBy(r => r.TopCategoryId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var ids = counts.Select(c => c.Key).ToList();
        var names = await db.Set<Category>().AsNoTracking().Where(c => c.MarketCode == code && ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var trending = await Trending(rows.Where(r => r.TrendScore > 0)).Take(RailSize).ToListAsync(cancellationToken);
        var high = await rows.OrderByDescending(r => r.CreatorRate).ThenBy(r => r.Id).Take(RailSize).ToListAsync(cancellationToken);
        var newest = await rows.OrderByDescending(r => r.StatusChangedAt).ThenBy(r => r.Id).Take(RailSize).ToListAsync(cancellationToken);
        var campaigns = await CampaignsAsync(db, [.. trending, .. high, .. newest], cancellationToken);
        return new MarketplaceHome(
            counts.OrderByDescending(c => c.Count).Select(c => new MarketplaceCategory(c.Key, names.GetValueOrDefault(c.Key, c.Key), c.Count)).ToList(),
            trending.Select(r => MarketplaceProduct.From(r, campaigns[r.CampaignId])).ToList(),
            high.Select(r => MarketplaceProduct.From(r, campaigns[r.CampaignId])).ToList(),
            newest.Select(r => MarketplaceProduct.From(r, campaigns[r.CampaignId])).ToList());
    }

    /// <summary>One product as a creator sees it, or not found when it is not (or no longer) on offer in the market.</summary>
    public async Task<MarketplaceProductDetail> ProductAsync(string market, Guid id, CancellationToken cancellationToken)
    {
        var code = Market.Get(market).Code;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await OnOfferAsync(db, code, cancellationToken);
        var registration = await rows.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException("Product");
        var campaign = await db.Set<Campaign>().AsNoTracking().SingleAsync(c => c.Id == registration.CampaignId, cancellationToken);
        return new MarketplaceProductDetail(
            MarketplaceProduct.From(registration, campaign), registration.Description, registration.ImageUrls, registration.Skus,
            new ContentBrief
            {
                SellingPoints = registration.SellingPoints,
                RequiredClaims = registration.RequiredClaims,
                ForbiddenClaims = registration.ForbiddenClaims,
                Hashtags = registration.Hashtags,
            });
    }

    /// <summary>Sales velocity first (the last 7 days against the 7 before), then the most sold last week.</summary>
    private static IOrderedQueryable<Registration> Trending(IQueryable<Registration> rows) =>
        rows.OrderByDescending(r => r.TrendScore).ThenByDescending(r => r.SalesLastWeek).ThenBy(r => r.Id);

    /// <summary>Live products, less those the seller asked to close: creators should not start on a product on its way out.</summary>
    private async Task<IQueryable<Registration>> OnOfferAsync(TapbridgeDbContext db, string market, CancellationToken cancellationToken) =>
        (await LiveProducts.QueryAsync(db, market, null, clock.GetUtcNow(), cancellationToken)).Where(r => r.Status == RegistrationStatus.Approved);

    private static Task<Dictionary<Guid, Campaign>> CampaignsAsync(TapbridgeDbContext db, IReadOnlyList<Registration> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.CampaignId).Distinct().ToList();
        return db.Set<Campaign>().AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
    }

}

public enum MarketplaceSort
{
    HighestRate,
    HighestEarnings,
    LowestPrice,
    HighestPrice,
    BestSelling,
    Newest,
    Trending,
}

/// <summary>Marketplace filters. Prices are minor units of the market's currency, rates 0.01 % units.</summary>
public sealed record MarketplaceQuery
{
    public required string Market { get; init; }
    public string? Search { get; init; }
    public string? CategoryId { get; init; }
    public long? MinPrice { get; init; }
    public long? MaxPrice { get; init; }
    public int? MinCreatorRate { get; init; }
    public int? MaxCreatorRate { get; init; }
    public bool WithSamples { get; init; }
    public bool InStock { get; init; }
    public MarketplaceSort Sort { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

/// <summary>
/// A product on offer: what the creator earns per sale at the lowest price (TikTok pays it: price × the creator
/// rate, rounded half away from zero in minor units), the campaign and its end, stock and free samples.
/// </summary>
public sealed record MarketplaceProduct(
    Guid Id, string Title, string? ImageUrl, string ShopName, string CategoryId, string CategoryName, string Currency, long LowestPrice, long HighestPrice,
    int CreatorRate, long EarningsPerSale, int Stock, int SampleQuota, int UnitsSold, int SoldLastWeek, int SoldWeekBefore, Guid CampaignId, string CampaignName, DateTimeOffset CampaignEnd)
{
    internal static MarketplaceProduct From(Registration r, Campaign c) => new(
        r.Id, r.Title, r.ImageUrls.FirstOrDefault(), r.ShopName, r.CategoryId, r.CategoryName, r.Market.Currency, r.LowestPrice, r.HighestPrice, r.CreatorRate,
        EarningsAt(r.LowestPrice, r.CreatorRate), r.Stock, r.SampleQuota, r.ProductSales, r.SalesLastWeek, r.SalesWeekBefore, c.Id, c.Name, c.CampaignEnd);

    public static long EarningsAt(long price, int rate) => (long)Math.Round(price * (decimal)rate / 10_000m, MidpointRounding.AwayFromZero);
}

public sealed record MarketplaceProductDetail(MarketplaceProduct Product, string Description, IReadOnlyList<string> ImageUrls, IReadOnlyList<RegisteredSku> Skus, ContentBrief Brief);

public sealed record MarketplaceCategory(string Id, string Name, int Products);

public sealed record MarketplaceHome(IReadOnlyList<MarketplaceCategory> Categories, IReadOnlyList<MarketplaceProduct> Trending, IReadOnlyList<MarketplaceProduct> HighCommission, IReadOnlyList<MarketplaceProduct> Newest);

public sealed record MarketplacePage(IReadOnlyList<MarketplaceProduct> Items, int Total, int Page, int PageSize);
