namespace Tapbridge.Modules.Samples.Returns;

/// <summary>What sample returns are grouped by.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<SampleReturnGrouping>))]
internal enum SampleReturnGrouping
{
    Creator,
    Product,
    Seller,
    Campaign,
    Market,
}

/// <summary>
/// What one sample led to (see <see cref="SampleReturn"/>), amounts in the market's minor units. A creator does not see
/// the agency's commission, and a seller does not see what the agency pays the creator: those are null for them.
/// </summary>
public sealed record SampleReturnFigures(
    long Cost,
    int Orders,
    long Gmv,
    long? PartnerCommission,
    long? AgencyShare,
    long CreatorCommission,
    int? DaysToFirstSale,
    DateTimeOffset Until,
    DateTimeOffset ComputedAt)
{
    /// <summary>GMV for each unit of the sample's cost, to one decimal; null when the sample cost nothing.</summary>
    public decimal? GmvPerCost => SampleReturnSums.Ratio(Gmv, Cost);

    internal static SampleReturnFigures Of(SampleReturn r) => new(
        r.Cost, r.Orders, r.Gmv, r.PartnerCommission, r.AgencyShare, r.CreatorCommission, r.DaysToFirstSale, r.Until, r.ComputedAt);

    internal SampleReturnFigures For(SampleReader reader) => reader switch
    {
        SampleReader.Creator => this with { PartnerCommission = null },
        SampleReader.Seller => this with { AgencyShare = null },
        _ => this,
    };
}

/// <summary>Who reads sample returns: each sees the amounts that are theirs to know.</summary>
internal enum SampleReader
{
    Staff,
    Seller,
    Creator,
}

/// <summary>
/// How many delivered samples returned how much of their cost in sales (GMV ÷ cost): none at all, less than their cost,
/// 1–3×, 3–10×, and 10× or more.
/// </summary>
public sealed record SampleReturnBands(int NoSale, int BelowCost, int UpTo3x, int UpTo10x, int From10x);

/// <summary>A group of delivered samples: how many, what they cost, what they led to, and how the returns spread.</summary>
public sealed record SampleReturnSums(
    int Samples,
    int Sold,
    long Cost,
    int Orders,
    long Gmv,
    long? PartnerCommission,
    long? AgencyShare,
    long CreatorCommission,
    double? AverageDaysToFirstSale,
    SampleReturnBands Bands)
{
    /// <summary>GMV for each unit of cost, to one decimal.</summary>
    public decimal? GmvPerCost => Ratio(Gmv, Cost);

    /// <summary>Commission paid on those sales (the agency's and the creator's) for each unit of cost; null for a creator.</summary>
    public decimal? CommissionPerCost => PartnerCommission is { } partner ? Ratio(partner + CreatorCommission, Cost) : null;

    internal static decimal? Ratio(long amount, long cost) =>
        cost > 0 ? Math.Round((decimal)amount / cost, 1, MidpointRounding.AwayFromZero) : null;

    internal SampleReturnSums For(SampleReader reader) => reader switch
    {
        SampleReader.Creator => this with { PartnerCommission = null },
        SampleReader.Seller => this with { AgencyShare = null },
        _ => this,
    };
}

/// <summary>One creator, product, seller, campaign or market with its samples' sums.</summary>
internal sealed record SampleReturnRow(string Key, string Label, string Market, SampleReturnSums Sums);

/// <summary>
/// Sample returns in one market (every market when grouped by market): the whole, then its groups, best return first
/// (GMV ÷ cost, then GMV), up to 100 of them.
/// </summary>
internal sealed record SampleReturnReport(
    SampleReturnGrouping By,
    string? Market,
    IReadOnlyList<string> Markets,
    SampleReturnSums? Total,
    IReadOnlyList<SampleReturnRow> Rows,
    int RowCount);
