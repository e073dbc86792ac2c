namespace Tapbridge.Modules.Samples.Returns;

/// <summary>
/// The sums of one creator's, product's, seller's, campaign's or market's delivered samples in one market, as the last
/// <see cref="SampleReturnPass"/> left them, over all samples (<see cref="SellerId"/> empty) or one seller's: what staff
/// and seller pages read instead of grouping every sample per request.
/// </summary>
internal sealed class SampleReturnTotal
{
    private SampleReturnTotal()
    {
    }

    public SampleReturnGrouping Grouping { get; private set; }

    /// <summary>The seller whose samples these are, or <see cref="Guid.Empty"/> for the whole agency's.</summary>
    public Guid SellerId { get; private set; }
    public string MarketCode { get; private set; } = "";

    /// <summary>The creator's, product's (registration's), seller's or campaign's id, or the market's code.</summary>
    public string Key { get; private set; } = "";
    public int Samples { get; private set; }
    public long Cost { get; private set; }
    public int Orders { get; private set; }
    public long Gmv { get; private set; }
    public long PartnerCommission { get; private set; }
    public long AgencyShare { get; private set; }
    public long CreatorCommission { get; private set; }
    public long DaysToFirstSale { get; private set; }
    public int FirstSales { get; private set; }
    public int NoSale { get; private set; }
    public int BelowCost { get; private set; }
    public int UpTo3x { get; private set; }
    public int UpTo10x { get; private set; }
    public int From10x { get; private set; }

    public SampleReturnCounts Counts => new(
        Samples, Cost, Orders, Gmv, PartnerCommission, AgencyShare, CreatorCommission, DaysToFirstSale, FirstSales,
        new SampleReturnBands(NoSale, BelowCost, UpTo3x, UpTo10x, From10x));
}

/// <summary>What a group of samples sums to, with the days to first sale summed (and counted) so groups add up exactly.</summary>
internal sealed record SampleReturnCounts(
    int Samples, long Cost, int Orders, long Gmv, long PartnerCommission, long AgencyShare, long CreatorCommission,
    long DaysToFirstSale, int FirstSales, SampleReturnBands Bands)
{
    public SampleReturnSums Sums => new(
        Samples, Samples - Bands.NoSale, Cost, Orders, Gmv, PartnerCommission, AgencyShare, CreatorCommission,
        FirstSales == 0 ? null : (double)DaysToFirstSale / FirstSales, Bands);

    public static SampleReturnCounts Add(IEnumerable<SampleReturnCounts> groups)
    {
        var all = groups.ToList();
        return new SampleReturnCounts(
            all.Sum(g => g.Samples), all.Sum(g => g.Cost), all.Sum(g => g.Orders), all.Sum(g => g.Gmv), all.Sum(g => g.PartnerCommission),
            all.Sum(g => g.AgencyShare), all.Sum(g => g.CreatorCommission), all.Sum(g => g.DaysToFirstSale), all.Sum(g => g.FirstSales),
            new SampleReturnBands(
                all.Sum(g => g.Bands.NoSale), all.Sum(g => g.Bands.BelowCost), all.Sum(g => g.Bands.UpTo3x), all.Sum(g => g.Bands.UpTo10x),
                all.Sum(g => g.Bands.From10x)));
    }
}
