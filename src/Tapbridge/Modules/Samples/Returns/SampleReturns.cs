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
/// Sample-to-sale returns read from the stored figures (<see cref="SampleReturnPass"/>): summed and banded per group in
/// the database, for staff (everything), a seller (the samples of its products) or a creator (her own).
/// </summary>
internal sealed class SampleReturns(TapbridgeDbContext db)
{
    private const int MaxRows = 100;

    public async Task<SampleReturnReport> ReportAsync(
        SampleReader reader, Guid? ownerId, SampleReturnGrouping by, string? market, int minSamples, CancellationToken cancellationToken)
    {
        RuleViolationException.Require<SamplesRules>(Enum.IsDefined(by), "by", "Returns.By");
        var rows = Of(reader, ownerId);
        var markets = await rows.Select(r => r.MarketCode).Distinct().OrderBy(m => m).ToListAsync(cancellationToken);
        market = market is null ? markets.FirstOrDefault() : Market.Get(market).Code;
        if (by != SampleReturnGrouping.Market)
        {
            rows = rows.Where(r => r.MarketCode == market);
        }

        var groups = by switch
        {
            SampleReturnGrouping.Creator => Boxed(await GroupAsync(rows, r => r.CreatorId, cancellationToken)),
            SampleReturnGrouping.Product => Boxed(await GroupAsync(rows, r => r.RegistrationId, cancellationToken)),
            SampleReturnGrouping.Seller => Boxed(await GroupAsync(rows, r => r.SellerId ?? Guid.Empty, cancellationToken)),
            SampleReturnGrouping.Campaign => Boxed(await GroupAsync(rows, r => r.CampaignId, cancellationToken)),
            _ => Boxed(await GroupAsync(rows, r => r.MarketCode, cancellationToken)),
        };
        var best = groups.Where(g => g.Sums.Samples >= Math.Max(1, minSamples))
            .OrderByDescending(g => g.Sums.GmvPerCost ?? decimal.MaxValue).ThenByDescending(g => g.Sums.Gmv).ThenBy(g => g.Key.ToString())
            .ToList();
        var labels = await LabelsAsync(by, best.Take(MaxRows).Select(g => g.Key).ToList(), cancellationToken);
        var total = by == SampleReturnGrouping.Market || groups.Count == 0 ? null : Sum(groups.Select(g => g.Sums));
        return new SampleReturnReport(
            by,
            by == SampleReturnGrouping.Market ? null : market,
            markets,
            total?.For(reader),
            best.Take(MaxRows).Select(g => new SampleReturnRow(
                g.Key.ToString()!, labels.GetValueOrDefault(g.Key.ToString()!, ""),
                by == SampleReturnGrouping.Market ? (string)g.Key : market!, g.Sums.For(reader))).ToList(),
            best.Count);
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
        .ToDictionary(g => g.Key, g => g.Sums);

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

    private static async Task<List<(TKey Key, SampleReturnSums Sums)>> GroupAsync<TKey>(
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
                Days = g.Average(r => (double?)r.DaysToFirstSale),
                NoSale = g.Count(r => r.Gmv <= 0),
                Below = g.Count(r => r.Gmv > 0 && r.Gmv < r.Cost),
                UpTo3 = g.Count(r => r.Gmv > 0 && r.Gmv >= r.Cost && r.Gmv < 3 * r.Cost),
                UpTo10 = g.Count(r => r.Gmv > 0 && r.Gmv >= 3 * r.Cost && r.Gmv < 10 * r.Cost),
                From10 = g.Count(r => r.Gmv > 0 && r.Gmv >= 10 * r.Cost),
            })
            .ToListAsync(cancellationToken);
        return groups.Select(g => (g.Key, new SampleReturnSums(
            g.Samples, g.Samples - g.NoSale, g.Cost, g.Orders, g.Gmv, g.Partner, g.Share, g.Creator, g.Days,
            new SampleReturnBands(g.NoSale, g.Below, g.UpTo3, g.UpTo10, g.From10)))).ToList();
    }

    private static List<(object Key, SampleReturnSums Sums)> Boxed<TKey>(List<(TKey Key, SampleReturnSums Sums)> groups)
        where TKey : notnull =>
        groups.Select(g => ((object)g.Key, g.Sums)).ToList();

    private static SampleReturnSums Sum(IEnumerable<SampleReturnSums> groups)
    {
        var all = groups.ToList();
        var sold = all.Sum(g => g.Sold);
        var days = sold == 0
            ? (double?)null
            : all.Where(g => g.AverageDaysToFirstSale is not null).Sum(g => g.AverageDaysToFirstSale!.Value * g.Sold) / sold;
        return new SampleReturnSums(
            all.Sum(g => g.Samples), sold, all.Sum(g => g.Cost), all.Sum(g => g.Orders), all.Sum(g => g.Gmv),
            all.Sum(g => g.PartnerCommission), all.Sum(g => g.AgencyShare), all.Sum(g => g.CreatorCommission), days,
            new SampleReturnBands(
                all.Sum(g => g.Bands.NoSale), all.Sum(g => g.Bands.BelowCost), all.Sum(g => g.Bands.UpTo3x), all.Sum(g => g.Bands.UpTo10x),
                all.Sum(g => g.Bands.From10x)));
    }

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
