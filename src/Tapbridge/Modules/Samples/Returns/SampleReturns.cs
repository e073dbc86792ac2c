using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Sellers;
using Tapbridge.Platform;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Samples.Returns;

/// <summary>
/// Sample-to-sale returns read from the stored figures (<see cref="SampleReturnPass"/>): for staff and for a seller (the
/// samples of its products) from the totals the pass keeps per group; for a creator (her own) summed and banded in the
/// database as asked.
/// </summary>
internal sealed class SampleReturns(TapbridgeDbContext db)
{
    private const int MaxRows = 100;

    public async Task<SampleReturnReport> ReportAsync(
        SampleReader reader, Guid? ownerId, SampleReturnGrouping by, string? market, int minSamples, CancellationToken cancellationToken)
    {
        RuleViolationException.Require<SamplesRules>(Enum.IsDefined(by), "by", "Returns.By");
        var min = Math.Max(1, minSamples);
        var groups = reader switch
        {
            SampleReader.Creator => await LiveAsync(Of(ownerId), by, market, min, cancellationToken),
            SampleReader.Seller => await StoredAsync(ownerId ?? throw new ArgumentNullException(nameof(ownerId)), by, market, min,
                cancellationToken),
            _ => await StoredAsync(Guid.Empty, by, market, min, cancellationToken),
        };
        var labels = await LabelsAsync(by, groups.Shown.Select(g => g.Key).ToList(), cancellationToken);
        var byMarket = by == SampleReturnGrouping.Market;
        return new SampleReturnReport(
            by,
            byMarket ? null : groups.Market,
            groups.Markets,
            byMarket ? null : groups.Total?.Sums.For(reader),
            groups.Shown.Select(g => new SampleReturnRow(
                g.Key.ToString()!, labels.GetValueOrDefault(g.Key.ToString()!, ""),
                byMarket ? (string)g.Key : groups.Market!, g.Counts.Sums.For(reader))).ToList(),
            groups.Count);
    }

    /// <summary>The figures of some samples, for the pages that list them.</summary>
    public static async Task<Dictionary<Guid, SampleReturnFigures>> OfSamplesAsync(
        TapbridgeDbContext db, IReadOnlyCollection<Guid> sampleIds, CancellationToken cancellationToken) =>
        await db.Set<SampleReturn>().AsNoTracking().Where(r => sampleIds.Contains(r.SampleId))
            .ToDictionaryAsync(r => r.SampleId, SampleReturnFigures.Of, cancellationToken);

    /// <summary>What some creators' past samples returned, for the review desk: sales and cost of everything they received.</summary>
    public static async Task<Dictionary<Guid, SampleReturnSums>> OfCreatorsAsync(
        TapbridgeDbContext db, IReadOnlyCollection<Guid> creatorIds, CancellationToken cancellationToken) =>
        (await GroupAsync(
            db.Set<SampleReturn>().AsNoTracking().Where(r => creatorIds.Contains(r.CreatorId)), r => r.CreatorId, cancellationToken))
        .ToDictionary(g => g.Key, g => g.Counts.Sums);

    private IQueryable<SampleReturn> Of(Guid? creatorId) =>
        db.Set<SampleReturn>().AsNoTracking().Where(r => r.CreatorId == creatorId);

    /// <summary>
    /// The agency's groups (<paramref name="sellerId"/> empty) or one seller's, read from the totals the last pass stored,
    /// best return first and at most <see cref="MaxRows"/> of them, ordered and cut in the database; the total is the
    /// market's own row.
    /// </summary>
    private async Task<ReturnGroups> StoredAsync(
        Guid sellerId, SampleReturnGrouping by, string? market, int minSamples, CancellationToken cancellationToken)
    {
        var totals = db.Set<SampleReturnTotal>().AsNoTracking().Where(t => t.SellerId == sellerId);
        var markets = await totals.Where(t => t.Grouping == SampleReturnGrouping.Market).Select(t => t.Key).OrderBy(m => m)
            .ToListAsync(cancellationToken);
        var code = market is null ? markets.FirstOrDefault() : Market.Get(market).Code;
        var total = await totals.Where(t => t.Grouping == SampleReturnGrouping.Market && t.Key == code)
            .FirstOrDefaultAsync(cancellationToken);
        var rows = totals.Where(t => t.Grouping == by && t.Samples >= minSamples);
        if (by != SampleReturnGrouping.Market)
        {
            rows = rows.Where(t => t.MarketCode == code);
        }

        var shown = await rows
            .OrderByDescending(t => t.Cost <= 0)
            .ThenByDescending(t => (double)t.Gmv / (t.Cost <= 0 ? 1 : t.Cost))
            .ThenByDescending(t => t.Gmv)
            .ThenBy(t => t.Key)
            .Take(MaxRows)
            .ToListAsync(cancellationToken);
        return new ReturnGroups(
            markets, code, total?.Counts,
            shown.Select(t => (by == SampleReturnGrouping.Market ? t.Key : (object)Guid.Parse(t.Key), t.Counts)).ToList(),
            await rows.CountAsync(cancellationToken));
    }

    /// <summary>A creator's groups, summed from her own samples' figures as she asks (she has a few dozen at most).</summary>
    private static async Task<ReturnGroups> LiveAsync(
        IQueryable<SampleReturn> rows, SampleReturnGrouping by, string? market, int minSamples, CancellationToken cancellationToken)
    {
        var markets = await rows.Select(r => r.MarketCode).Distinct().OrderBy(m => m).ToListAsync(cancellationToken);
        var code = market is null ? markets.FirstOrDefault() : Market.Get(market).Code;
        if (by != SampleReturnGrouping.Market)
        {
            rows = rows.Where(r => r.MarketCode == code);
        }

        var groups = by switch
        {
            SampleReturnGrouping.Creator => Boxed(await GroupAsync(rows, r => r.CreatorId, cancellationToken)),
            SampleReturnGrouping.Product => Boxed(await GroupAsync(rows, r => r.RegistrationId, cancellationToken)),
            SampleReturnGrouping.Seller => Boxed(await GroupAsync(rows, r => r.SellerId ?? Guid.Empty, cancellationToken)),
            SampleReturnGrouping.Campaign => Boxed(await GroupAsync(rows, r => r.CampaignId, cancellationToken)),
            _ => Boxed(await GroupAsync(rows, r => r.MarketCode, cancellationToken)),
        };
        var kept = groups.Where(g => g.Counts.Samples >= minSamples).ToList();
        var shown = kept
            .OrderByDescending(g => g.Counts.Sums.GmvPerCost ?? decimal.MaxValue)
            .ThenByDescending(g => g.Counts.Gmv)
            .ThenBy(g => g.Key.ToString(), StringComparer.Ordinal)
            .Take(MaxRows)
            .ToList();
        var total = groups.Count == 0 ? null : SampleReturnCounts.Add(groups.Select(g => g.Counts));
        return new ReturnGroups(markets, code, total, shown, kept.Count);
    }

    private static async Task<List<(TKey Key, SampleReturnCounts Counts)>> GroupAsync<TKey>(
        IQueryable<SampleReturn> rows, Expression<Func<SampleReturn, TKey>> key, CancellationToken cancellationToken)
    {
        var groups = await rows.GroupBy(key).Select(g => new
            {
                g.Key,
                Samples = g.Count(),
                Cost = g.Sum(r => r.Cost),
                Orders = g.Sum(r => r.Orders),
                Gmv = g.Sum(r => r.Gmv),
                Partner = g.Sum(r => r.PartnerCommission),
                Share = g.Sum(r => r.AgencyShare),
                Creator = g.Sum(r => r.CreatorCommission),
                Days = g.Sum(r => (long)(r.DaysToFirstSale ?? 0)),
                FirstSales = g.Count(r => r.DaysToFirstSale != null),
                NoSale = g.Count(r => r.Gmv <= 0),
                Below = g.Count(r => r.Gmv > 0 && r.Gmv < r.Cost),
                UpTo3 = g.Count(r => r.Gmv > 0 && r.Gmv >= r.Cost && r.Gmv < 3 * r.Cost),
                UpTo10 = g.Count(r => r.Gmv > 0 && r.Gmv >= 3 * r.Cost && r.Gmv < 10 * r.Cost),
                From10 = g.Count(r => r.Gmv > 0 && r.Gmv >= 10 * r.Cost),
            })
            .ToListAsync(cancellationToken);
        return groups.Select(g => (g.Key, new SampleReturnCounts(
            g.Samples, g.Cost, g.Orders, g.Gmv, g.Partner, g.Share, g.Creator, g.Days, g.FirstSales,
            new SampleReturnBands(g.NoSale, g.Below, g.UpTo3, g.UpTo10, g.From10)))).ToList();
    }

    private static List<(object Key, SampleReturnCounts Counts)> Boxed<TKey>(List<(TKey Key, SampleReturnCounts Counts)> groups)
        where TKey : notnull =>
        groups.Select(g => ((object)g.Key, g.Counts)).ToList();

    private async Task<Dictionary<string, string>> LabelsAsync(
        SampleReturnGrouping by, IReadOnlyList<object> keys, CancellationToken cancellationToken)
    {
        var ids = keys.OfType<Guid>().ToList();
        return by switch
        {
            SampleReturnGrouping.Creator => await db.Set<Creator>().AsNoTracking().Where(c => ids.Contains(c.Id))
                .ToDictionaryAsync(c => c.Id.ToString(), c => "@" + c.Handle, cancellationToken),
            SampleReturnGrouping.Product => await db.Set<Registration>().AsNoTracking().Where(r => ids.Contains(r.Id))
                .ToDictionaryAsync(r => r.Id.ToString(), r => r.Title, cancellationToken),
            SampleReturnGrouping.Seller => await db.Set<SellerOrganization>().AsNoTracking().Where(s => ids.Contains(s.Id))
                .ToDictionaryAsync(s => s.Id.ToString(), s => s.Name, cancellationToken),
            SampleReturnGrouping.Campaign => await db.Set<Campaign>().AsNoTracking().Where(c => ids.Contains(c.Id))
                .ToDictionaryAsync(c => c.Id.ToString(), c => c.Name, cancellationToken),
            _ => keys.OfType<string>().ToDictionary(k => k, k => Market.Get(k).Name),
        };
    }
}

/// <summary>The groups a report shows (the best, at most 100) out of how many there are, and their market's total.</summary>
internal sealed record ReturnGroups(
    List<string> Markets, string? Market, SampleReturnCounts? Total, List<(object Key, SampleReturnCounts Counts)> Shown, int Count);
