namespace Tapbridge.Modules.Samples.Returns;

/// <summary>
/// What one delivered sample led to: the creator's attributed sales of the product from the day it arrived until the
/// return window closes (or her next sample of it arrives), with the sample's cost and the facts roll-ups group by.
/// Written only by <see cref="SampleReturnPass"/>, from the order lines as they are in the database.
/// </summary>
internal sealed class SampleReturn
{
    /// <summary>How long after delivery a sale still counts as the sample's: the same 90 days as the posting rate.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(90);

    private SampleReturn()
    {
    }

    public Guid SampleId { get; private set; }
    public string MarketCode { get; private set; } = "";
    public Guid CreatorId { get; private set; }
    public Guid? SellerId { get; private set; }
    public Guid CampaignId { get; private set; }
    public Guid RegistrationId { get; private set; }

    /// <summary>The sample's cost to the seller (see <see cref="SampleRequest.Cost"/>), minor units.</summary>
    public long Cost { get; private set; }
    public DateTimeOffset DeliveredAt { get; private set; }

    /// <summary>Sales before this instant count: 90 days after delivery, or the delivery of her next sample of the product.</summary>
    public DateTimeOffset Until { get; private set; }
    public int Orders { get; private set; }

    /// <summary>Sales, as every other page counts GMV: the settled base once TikTok completes a line, the estimate before.</summary>
    public long Gmv { get; private set; }

    /// <summary>The agency's commission from TikTok on those sales, as posted.</summary>
    public long PartnerCommission { get; private set; }

    /// <summary>What the agency pays the creator on them from its own commission.</summary>
    public long AgencyShare { get; private set; }

    /// <summary>The commission TikTok pays the creator on them.</summary>
    public long CreatorCommission { get; private set; }
    public DateTimeOffset? FirstSaleAt { get; private set; }

    /// <summary>Whole days from delivery to the first sale: 0 when she sold it the day it arrived.</summary>
    public int? DaysToFirstSale { get; private set; }
    public DateTimeOffset ComputedAt { get; private set; }

    public static SampleReturn For(SampleSales sales, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sales);
        var figure = new SampleReturn { SampleId = sales.SampleId };
        figure.Take(sales, now);
        return figure;
    }

    /// <summary>Takes the sales as they are now; returns whether anything changed (a pass that finds nothing new writes nothing).</summary>
    public bool Take(SampleSales sales, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sales);
        var before = (MarketCode, CreatorId, SellerId, CampaignId, RegistrationId, Cost, DeliveredAt, Until, Orders, Gmv, PartnerCommission,
            AgencyShare, CreatorCommission, FirstSaleAt);
        (MarketCode, CreatorId, SellerId, CampaignId, RegistrationId, Cost) =
            (sales.MarketCode, sales.CreatorId, sales.SellerId, sales.CampaignId, sales.RegistrationId, sales.Cost);
        (DeliveredAt, Until, Orders, Gmv) = (Millis(sales.DeliveredAt), Millis(sales.Until), (int)sales.Orders, sales.Gmv);
        (PartnerCommission, AgencyShare, CreatorCommission) = (sales.PartnerCommission, sales.AgencyShare, sales.CreatorCommission);
        FirstSaleAt = sales.FirstSaleAt is { } first ? Millis(first) : null;
        DaysToFirstSale = FirstSaleAt is { } sold ? (int)(sold - DeliveredAt).TotalDays : null;
        var changed = before != (MarketCode, CreatorId, SellerId, CampaignId, RegistrationId, Cost, DeliveredAt, Until, Orders, Gmv,
            PartnerCommission, AgencyShare, CreatorCommission, FirstSaleAt);
        if (changed)
        {
            ComputedAt = now;
        }

        return changed;
    }

    private static DateTimeOffset Millis(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);
}

/// <summary>One sample's sales as the database sums them (instants in Unix milliseconds, as they are stored).</summary>
internal sealed record SampleSales(
    Guid SampleId,
    string MarketCode,
    Guid CreatorId,
    Guid? SellerId,
    Guid CampaignId,
    Guid RegistrationId,
    long Cost,
    long DeliveredAt,
    long Until,
    long Orders,
    long Gmv,
    long PartnerCommission,
    long AgencyShare,
    long CreatorCommission,
    long? FirstSaleAt);
