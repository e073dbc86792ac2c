using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Connections;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Csv;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Campaigns;

/// <summary>
/// The agency's forwardable catalogue: approved products of ongoing campaigns (in a TikTok campaign, only those TikTok
/// has too), queried by market, category, rate and status on indexed columns. Also the TikTok promotion links for them.
/// </summary>
public sealed class ForwardingCatalogue(IDbContextFactory<TapbridgeDbContext> contexts, PartnerConnection tiktok, TimeProvider clock)
{
    public const int LinkBatch = 50;

    public async Task<CataloguePage> QueryAsync(CatalogueQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var market = Market.Get(query.Market).Code;
        if (query.Status is not (null or RegistrationStatus.Approved or RegistrationStatus.PendingClosed))
        {
            throw RuleViolationException.Say<CampaignsRules>("Catalogue.StatusFilter", "status");
        }

        var (page, size) = (Math.Clamp(query.Page, 1, 10_000), Math.Clamp(query.PageSize, 1, 200));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await RowsAsync(db, market, query, clock.GetUtcNow(), cancellationToken);
        var total = await rows.CountAsync(cancellationToken);
        var sorted = query.Sort switch
        {
            CatalogueSort.HighestCommission => rows.OrderByDescending(r => r.TotalRate).ThenBy(r => r.Id),
            CatalogueSort.HighestCreatorRate => rows.OrderByDescending(r => r.CreatorRate).ThenBy(r => r.Id),
            CatalogueSort.LowestPrice => rows.OrderBy(r => r.LowestPrice).ThenBy(r => r.Id),
            CatalogueSort.BestSelling => rows.OrderByDescending(r => r.ProductSales).ThenBy(r => r.Id),
            _ => rows.OrderByDescending(r => r.StatusChangedAt).ThenBy(r => r.Id),
        };
        // Ids first, then the rows: sorting narrow rows is several times cheaper than sorting whole registrations.
        var ids = await sorted.Skip((page - 1) * size).Take(size).Select(r => r.Id).ToListAsync(cancellationToken);
        var byId = await db.Set<Registration>().AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var found = ids.Select(id => byId[id]).ToList();
        var campaignIds = found.Select(r => r.CampaignId).Distinct().ToList();
        var campaigns = await db.Set<Campaign>().AsNoTracking().Where(c => campaignIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        return new CataloguePage(found.Select(r => Item(r, campaigns[r.CampaignId])).ToList(), total, page, size);
    }

    /// <summary>The catalogue as CSV, the way agencies hand product lists to creators off-platform.</summary>
    public async Task<string> ExportCsvAsync(CatalogueQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var market = Market.Get(query.Market);
        var items = new List<CatalogueItem>();
        for (var page = 1; ; page++)
        {
            var next = await QueryAsync(query with { Page = page, PageSize = 200 }, cancellationToken);
            items.AddRange(next.Items);
            if (next.Items.Count < 200 || items.Count >= next.Total)
            {
                break;
            }
        }

        var csv = new StringBuilder("product_id,title,shop,category,price_from,price_to,currency,total_commission_pct,creator_commission_pct,campaign,campaign_ends,promotion_link\n");
        foreach (var i in items)
        {
            csv.AppendJoin(',', [i.ProductId, CsvCell.Quote(i.Title), CsvCell.Quote(i.ShopName), CsvCell.Quote(i.CategoryName), Amount(market, i.LowestPrice), Amount(market, i.HighestPrice),
                market.Currency, Rate(i.TotalRate), Rate(i.CreatorRate), CsvCell.Quote(i.CampaignName), market.ToLocal(i.CampaignEnd).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                CsvCell.Quote(i.PromotionLink ?? "")]).Append('\n');
        }

        return csv.ToString();
    }

    /// <summary>Generates TikTok promotion links (P9, 50 products a call) for the campaign's approved products that have none yet.</summary>
    public async Task<LinkReport> GenerateLinksAsync(Actor actor, Guid campaignId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaign = await db.Set<Campaign>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken) ?? throw new NotFoundException("Campaign");
        var tikTokId = campaign.TikTokCampaignId ?? throw RuleViolationException.Say<CampaignsRules>("Catalogue.NotOnTikTok", null);
        var partner = await tiktok.ForMarketAsync(campaign.MarketCode, cancellationToken) ?? throw RuleViolationException.Say<CampaignsRules>("Market.NotConnected", null, campaign.Market.Name);
        var due = await db.Set<Registration>().AsNoTracking()
            .Where(r => r.CampaignId == campaignId && r.TikTokCampaignId == tikTokId && r.PromotionLink == null && r.Forwardable)
            .Select(r => new { r.Id, r.ProductId })
            .ToListAsync(cancellationToken);
        var (made, failed) = (0, new List<string>());
        var now = clock.GetUtcNow();
        foreach (var batch in due.Chunk(LinkBatch))
        {
            var links = await TikTokRefusals.AsRuleAsync(() => partner.GeneratePromotionLinksAsync(tikTokId, batch.Select(r => r.ProductId).ToList(), cancellationToken),
                made == 0 ? "PromotionLinks" : "MorePromotionLinks", made);
            foreach (var link in links.ProductPromotionLinks)
            {
                // A column update, not a tracked entity: a sync or review saving the same row meanwhile loses nothing.
                var id = batch.First(r => r.ProductId == link.ProductId).Id;
                made += await db.Set<Registration>().Where(r => r.Id == id && r.PromotionLink == null)
                    .ExecuteUpdateAsync(u => u.SetProperty(r => r.PromotionLink, link.Link).SetProperty(r => r.PromotionLinkAt, now), cancellationToken);
            }

            failed.AddRange(links.FailedProductIds);
        }

        db.Add(CampaignEvent.Record(campaignId, actor.UserId, actor.DisplayName, "Promotion links",
            $"{made} generated{(failed.Count > 0 ? $"; TikTok refused {failed.Count}: {string.Join(", ", failed)}" : "")}", now));
        await db.SaveChangesAsync(cancellationToken);
        return new LinkReport(made, failed);
    }

    private static async Task<IQueryable<Registration>> RowsAsync(TapbridgeDbContext db, string market, CatalogueQuery q, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var live = await LiveProducts.QueryAsync(db, market, q.CampaignId, now, cancellationToken);
        // A top-level category matches its whole subtree through TopCategoryId; one index range either way.
        var topLevel = q.CategoryId is { } category
            && await db.Set<Category>().AnyAsync(c => c.MarketCode == market && c.Id == category && c.ParentId == null, cancellationToken);
        return live
            .Where(r => q.Status == null || r.Status == q.Status)
            .Where(r => q.CategoryId == null || (topLevel ? r.TopCategoryId == q.CategoryId : r.CategoryId == q.CategoryId))
            .Where(r => (q.MinRate == null || r.TotalRate >= q.MinRate) && (q.MaxRate == null || r.TotalRate <= q.MaxRate));
    }

    private static CatalogueItem Item(Registration r, Campaign c) => new(
        r.Id, c.Id, c.Name, c.CampaignEnd, r.MarketCode, r.ProductId, r.Title, r.ImageUrls.FirstOrDefault(), r.CategoryId, r.CategoryName, r.TopCategoryId,
        r.ShopName, r.LowestPrice, r.HighestPrice, r.Stock, r.TotalRate, r.PartnerRate, r.CreatorRate, r.SampleQuota, r.ProductSales, r.Status, r.PromotionLink,
        r.StatusChangedAt);

    private static string Rate(int rate) => (rate / 100m).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Amount(Market market, long minor) => market.ToMajor(minor).ToString(CultureInfo.InvariantCulture);
}

public enum CatalogueSort
{
    Newest,
    HighestCommission,
    HighestCreatorRate,
    LowestPrice,
    BestSelling,
}

public sealed record CatalogueQuery
{
    public required string Market { get; init; }
    public string? CategoryId { get; init; }
    public int? MinRate { get; init; }
    public int? MaxRate { get; init; }
    public RegistrationStatus? Status { get; init; }
    public Guid? CampaignId { get; init; }
    public CatalogueSort Sort { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 50;
}

public sealed record CatalogueItem(
    Guid RegistrationId, Guid CampaignId, string CampaignName, DateTimeOffset CampaignEnd, string Market, string ProductId, string Title, string? ImageUrl,
    string CategoryId, string CategoryName, string TopCategoryId, string ShopName, long LowestPrice, long HighestPrice, int Stock, int TotalRate, int PartnerRate,
    int CreatorRate, int SampleQuota, int ProductSales, RegistrationStatus Status, string? PromotionLink, DateTimeOffset ListedAt);

public sealed record CataloguePage(IReadOnlyList<CatalogueItem> Items, int Total, int Page, int PageSize);

public sealed record LinkReport(int Generated, IReadOnlyList<string> FailedProductIds);
