using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Orders;

internal sealed record OrderLineQuery
{
    public string? Market { get; init; }
    public TikTokLineStatus? Status { get; init; }
    public Attribution? Attribution { get; init; }
    public bool? Differs { get; init; }

    /// <summary>Lines attributed to this campaign of the agency.</summary>
    public Guid? CampaignId { get; init; }

    /// <summary>Lines of this TikTok product id.</summary>
    public string? ProductId { get; init; }

    /// <summary>An order id, or a creator's TikTok username.</summary>
    public string? Search { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }
}

internal sealed record OrderLineRow(
    Guid Id, string Market, string OrderId, string SkuId, string ProductName, string CreatorUsername, Guid? CreatorId, Attribution Attribution, TikTokLineStatus Status,
    DateTimeOffset OrderedAt, DateTimeOffset? DeliveredAt, int Quantity, int KeptQuantity, long PartnerCommission, long CreatorCommission, string Currency, string? Discrepancy,
    string? OpenRequest, LineSource LastSource, DateTimeOffset UpdatedAt);

/// <summary>
/// A page of lines; <see cref="Total"/> counts at most <see cref="CountAhead"/> lines past the page's first, and
/// <see cref="More"/> says there are more than it counts.
/// </summary>
internal sealed record OrderLinePage(IReadOnlyList<OrderLineRow> Items, int Total, int Page, int PageSize)
{
    public const int CountAhead = 10_000;

    public bool More { get; init; }
}

/// <summary>The agency's list of every affiliate order line TikTok reported, newest first, with filters.</summary>
internal sealed class OrderLines(IDbContextFactory<TapbridgeDbContext> contexts)
{
    public async Task<OrderLinePage> ListAsync(OrderLineQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lines = db.Set<OrderLine>().AsNoTracking();
        if (query.Market is { Length: > 0 } market)
        {
            lines = lines.Where(l => l.MarketCode == market);
        }

        if (query.Status is { } status)
        {
            lines = lines.Where(l => l.Status == status);
        }

        if (query.Attribution is { } attribution)
        {
            lines = lines.Where(l => l.Attribution == attribution);
        }

        if (query.Differs == true)
        {
            lines = lines.Where(l => l.Discrepancy != null);
        }

        if (query.CampaignId is { } campaign)
        {
            lines = lines.Where(l => l.CampaignId == campaign);
        }

        if (query.ProductId?.Trim() is { Length: > 0 } product)
        {
            lines = lines.Where(l => l.ProductId == product);
        }

        if (query.Search?.Trim().TrimStart('@') is { Length: > 0 } search)
        {
            lines = lines.OrderOrUsername(search);
        }

        var pageSize = Math.Clamp(query.PageSize ?? 50, 1, 200);
        var page = Math.Clamp(query.Page ?? 1, 1, 100_000);
        var skip = (page - 1) * pageSize;
        // Counting every line of the agency costs more than the page itself at a million lines; the pager needs only what
        // lies ahead, so counting stops a fixed number of lines past this page.
        var counted = await lines.Take(skip + OrderLinePage.CountAhead + 1).CountAsync(cancellationToken);
        var items = await lines.OrderByDescending(l => l.OrderedAt).ThenBy(l => l.Id).Skip(skip).Take(pageSize).ToListAsync(cancellationToken);
        return new OrderLinePage(items.Select(l => new OrderLineRow(l.Id, l.MarketCode, l.OrderId, l.SkuId, l.ProductName, l.CreatorUsername, l.CreatorId, l.Attribution, l.Status,
            l.OrderedAt, l.DeliveredAt, l.Quantity, l.KeptQuantity, l.Current.PartnerCommission, l.Current.CreatorCommission, l.Currency, l.Discrepancy, l.OpenRequest,
            l.LastSource, l.UpdatedAt)).ToList(), Math.Min(counted, skip + OrderLinePage.CountAhead), page, pageSize) { More = counted > skip + OrderLinePage.CountAhead };
    }
}
