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
/// Sample-to-sale returns read from the stored figures (<see cref="SampleReturnPass"/>): for staff from the totals the
/// pass keeps per group; for a seller (the samples of its products) or a creator (her own) summed and banded in the
/// database as asked.
/// </summary>
internal sealed class SampleReturns(TapbridgeDbContext db)
{
    private const int MaxRows = 100;

    public async Task<SampleReturnReport> ReportAsync(
        SampleReader reader, Guid? ownerId, SampleReturnGrouping by, string? market, int minSamples, CancellationToken cancellationToken)
    {
        RuleViolationException.Require<SamplesRules>(Enum.IsDefined(by), "by", "Returns.By");
        var (markets, groups) = reader == SampleReader.Staff
            ? await TotalsAsync(by, market, cancellationToken)
            : await LiveAsync(Of(reader, ownerId), by, market, cancellationToken);
        market = market is null ? markets.FirstOrDefault() : Market.Get(market).Code;
        var shown = groups.Where(g => g.Counts.Samples >= Math.Max(1, minSamples))
            .Select(g => (g.Key, Sums: g.Counts.Sums))
            .OrderByDescending(g => g.Sums.GmvPerCost ?? decimal.MaxValue).ThenByDescending(g => g.Sums.Gmv).ThenBy(g => g.Key.ToString())
            .Take(MaxRows)
            .ToList();
        var labels = await LabelsAsync(by, shown.Select(g => g.Key).ToList(), cancellationToken);
        var total = by == SampleReturnGrouping.Market || groups.Count == 0 ? null : SampleReturnCounts.Add(groups.Select(g => g.Counts)).Sums;
        return new SampleReturnReport(
            by,
            by == SampleReturnGrouping.Market ? null : market,
            markets,
            total?.For(reader),
            shown.Select(g => new SampleReturnRow(
                g.Key.ToString()!, labels.GetValueOrDefault(g.Key.ToString()!, ""),
                by == SampleReturnGrouping.Market ? (string)g.Key : market!, g.Sums.For(reader))).ToList(),
            groups.Count(g => g.Counts.Samples >= Math.Max(1, minSamples)));
    }

    /// <summary>
    /// Every group of every sample, by <paramref name="by"/> and market, for <see cref="SampleReturnPass"/> to store as
    /// <see cref="SampleReturnTotal"/> rows.
    /// </summary>
    public static async Task<List<SampleReturnTotal>> TotalsOfAsync(
        TapbridgeDbContext db, SampleReturnGrouping by, CancellationToken cancellationToken)
    {
        var rows = db.Set<SampleReturn>().AsNoTracking();
        var groups = by switch
        {
            SampleReturnGrouping.Creator => Keyed(
                await GroupAsync(rows, r => new { r.CreatorId, r.MarketCode }, cancellationToken), k => (k.CreatorId.ToString(), k.MarketCode)),
            SampleReturnGrouping.Product => Keyed(
                await GroupAsync(rows, r => new { r.RegistrationId, r.MarketCode }, cancellationToken),
                k => (k.RegistrationId.ToString(), k.MarketCode)),
            SampleReturnGrouping.Seller => Keyed(
                await GroupAsync(rows, r => new { Seller = r.SellerId ?? Guid.Empty, r.MarketCode }, cancellationToken),
                k => (k.Seller.ToString(), k.MarketCode)),
            SampleReturnGrouping.Campaign => Keyed(
                await GroupAsync(rows, r => new { r.CampaignId, r.MarketCode }, cancellationToken), k => (k.CampaignId.ToString(), k.MarketCode)),
            _ => Keyed(await GroupAsync(rows, r => r.MarketCode, cancellationToken), k => (k, k)),
        };
        return groups.Select(g => SampleReturnTotal.Of(by, g.Market, g.Key, g.Counts)).ToList();

        static List<(string Key, string Market, SampleReturnCounts Counts)> Keyed<TKey>(
            List<(TKey Key, SampleReturnCounts Counts)> groups, Func<TKey, (string Key, string Market)> of) =>
            groups.Select(g => (of(g.Key).Key, of(g.Key).Market, g.Counts)).ToList();
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

    private IQueryable<SampleReturn> Of(SampleReader reader, Guid? ownerId)
    {
        var rows = db.Set<SampleReturn>().AsNoTracking();
        return reader switch
        {
            SampleReader.Seller => rows.Where(r => r.SellerId == ownerId),
            SampleReader.Creator => rows.Where(r => r.CreatorId == ownerId),
            _ => rows,
        };
    }

    /// <summary>The staff's groups, read from the totals the last pass stored.</summary>
    private async Task<(List<string> Markets, List<(object Key, SampleReturnCounts Counts)> Groups)> TotalsAsync(
        SampleReturnGrouping by, string? market, CancellationToken cancellationToken)
    {
        var totals = db.Set<SampleReturnTotal>().AsNoTracking();
        var markets = await totals.Where(t => t.Grouping == SampleReturnGrouping.Market).Select(t => t.Key).OrderBy(m => m)
            .ToListAsync(cancellationToken);
        var code = market is null ? markets.FirstOrDefault() : Market.Get(market).Code;
        var rows = await totals.Where(t => t.Grouping == by && (by == SampleReturnGrouping.Market || t.MarketCode == code))
            .ToListAsync(cancellationToken);
        return (markets, rows.Select(t => (by == SampleReturnGrouping.Market ? t.Key : (object)Guid.Parse(t.Key), t.Counts)).ToList());
    }

    /// <summary>A seller's or a creator's groups, summed from their own samples' figures as they are asked for.</summary>
    private static async Task<(List<string> Markets, List<(object Key, SampleReturnCounts Counts)> Groups)> LiveAsync(
        IQueryable<SampleReturn> rows, SampleReturnGrouping by, string? market, CancellationToken cancellationToken)
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
        return (markets, groups);
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
