using System.IO.Hashing;
using System.Text;
using Tapbridge.Platform.Markets;
using Tapbridge.TikTokShop.Json;
using Tapbridge.TikTokShop.Partner;

namespace Tapbridge.Modules.Orders;

/// <summary>TikTok's status of a TAP affiliate order (P10 and the Partner Center export say the same).</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<TikTokLineStatus>))]
public enum TikTokLineStatus
{
    Processing,
    Completed,
    Cancelled,

    /// <summary>Held by TikTok's risk control.</summary>
    Frozen,

    /// <summary>TikTok took the commission back.</summary>
    Deducted,
}

/// <summary>Where an order line's latest facts came from.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<LineSource>))]
public enum LineSource
{
    Api,
    Webhook,
    Csv,
    Staff,
}

/// <summary>Amounts TikTok reported for one line, in minor units of the order's currency.</summary>
public sealed record ReportedAmounts(long Base, long Tap, long Creator, long PartnerReward, long CreatorReward)
{
    public static readonly ReportedAmounts Zero = new(0, 0, 0, 0, 0);

    /// <summary>What TikTok pays the agency: the TAP commission less the creator's, plus the partner's reward less what of it goes to the creator.</summary>
    public long PartnerCommission => Tap - Creator + PartnerReward - CreatorReward;

    /// <summary>What TikTok pays the creator directly.</summary>
    public long CreatorCommission => Creator + CreatorReward;
}

/// <summary>
/// One affiliate order line (order id + SKU id) as one source saw it at one moment: P10, a webhook's re-read of P10,
/// or a row of Partner Center's earnings export. Every source is turned into this, and one upsert takes it.
/// </summary>
public sealed record OrderLineSnapshot
{
    public required string MarketCode { get; init; }
    public required string Currency { get; init; }
    public required string OrderId { get; init; }
    public required string SkuId { get; init; }
    public string ProductId { get; init; } = "";
    public string ProductName { get; init; } = "";
    public string? TikTokCampaignId { get; init; }
    public string CreatorUsername { get; init; } = "";
    public string? ContentType { get; init; }
    public string? ContentId { get; init; }
    public long Price { get; init; }
    public int Quantity { get; init; }
    public int ReturnedQuantity { get; init; }
    public int RefundedQuantity { get; init; }
    public int TapRate { get; init; }
    public int CreatorRate { get; init; }
    public int PartnerRewardRate { get; init; }
    public int CreatorRewardRate { get; init; }
    public TikTokLineStatus Status { get; init; }
    public DateTimeOffset OrderedAt { get; init; }
    public DateTimeOffset? DeliveredAt { get; init; }
    public ReportedAmounts Estimated { get; init; } = ReportedAmounts.Zero;
    public ReportedAmounts Actual { get; init; } = ReportedAmounts.Zero;

    public int KeptQuantity => Quantity - ReturnedQuantity - RefundedQuantity;

    /// <summary>The amounts that count now: actual once TikTok completed the order (or froze it with actuals), none once cancelled or deducted.</summary>
    public ReportedAmounts Current => Status switch
    {
        TikTokLineStatus.Processing => Estimated,
        TikTokLineStatus.Completed => Actual,
        TikTokLineStatus.Frozen => Actual.Base > 0 || KeptQuantity == 0 ? Actual : Estimated,
        TikTokLineStatus.Cancelled or TikTokLineStatus.Deducted => ReportedAmounts.Zero,
    };

    /// <summary>A hash of every fact: the same facts from any source are the same version.</summary>
    public string Fingerprint()
    {
        // Only compared for equality, so a fast non-cryptographic hash; the amounts as numbers, not through the records' slow ToString.
        var text = string.Join('|', MarketCode, Currency, OrderId, SkuId, ProductId, ProductName, TikTokCampaignId, CreatorUsername.ToLowerInvariant(), ContentType, ContentId,
            Price, Quantity, ReturnedQuantity, RefundedQuantity, TapRate, CreatorRate, PartnerRewardRate, CreatorRewardRate, Status, OrderedAt.ToUnixTimeSeconds(),
            DeliveredAt?.ToUnixTimeSeconds(), Estimated.Base, Estimated.Tap, Estimated.Creator, Estimated.PartnerReward, Estimated.CreatorReward,
            Actual.Base, Actual.Tap, Actual.Creator, Actual.PartnerReward, Actual.CreatorReward);
        return Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The lines of one P10 order in <paramref name="market"/>; a line in another currency is refused (it cannot be this market's).</summary>
    public static IEnumerable<OrderLineSnapshot> FromApi(AffiliateOrder order, Market market)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(market);
        foreach (var sku in order.Skus)
        {
            long Minor(Money? money) => money is null || money.Amount == 0 ? 0
                : string.Equals(money.Currency, market.Currency, StringComparison.OrdinalIgnoreCase) ? market.ToMinor(money.Amount)
                : throw new FormatException($"Order {order.Id} SKU {sku.Id} is in {money.Currency}, not {market.Currency}.");

            yield return new OrderLineSnapshot
            {
                MarketCode = market.Code,
                Currency = market.Currency,
                OrderId = order.Id,
                SkuId = sku.Id,
                ProductId = sku.ProductId,
                ProductName = sku.ProductName,
                TikTokCampaignId = string.IsNullOrEmpty(sku.CampaignId) ? null : sku.CampaignId,
                CreatorUsername = sku.CreatorUsername.TrimStart('@'),
                ContentType = sku.ContentType?.ToString().ToUpperInvariant(),
                ContentId = sku.ContentId,
                Price = Minor(sku.Price),
                Quantity = sku.Quantity,
                ReturnedQuantity = sku.ReturnedQuantity,
                RefundedQuantity = sku.RefundedQuantity,
                TapRate = sku.TapCommissionRate,
                CreatorRate = sku.CreatorCommissionRate,
                PartnerRewardRate = sku.PartnerCommissionRewardRate,
                CreatorRewardRate = sku.CreatorCommissionRewardRate,
                Status = order.Status switch
                {
                    AffiliateOrderStatus.Completed => TikTokLineStatus.Completed,
                    AffiliateOrderStatus.Cancelled => TikTokLineStatus.Cancelled,
                    AffiliateOrderStatus.Frozen => TikTokLineStatus.Frozen,
                    AffiliateOrderStatus.Deducted => TikTokLineStatus.Deducted,
                    AffiliateOrderStatus.Processing or AffiliateOrderStatus.All => TikTokLineStatus.Processing,
                },
                OrderedAt = order.CreateTime ?? throw new FormatException($"Order {order.Id} has no create_time."),
                DeliveredAt = order.DeliveryTime,
                Estimated = new(Minor(sku.EstimatedCommissionBase), Minor(sku.EstimatedTapCommission), Minor(sku.EstimatedCreatorCommission),
                    Minor(sku.EstimatedPartnerCommissionRewardFee), Minor(sku.EstimatedCreatorCommissionRewardFee)),
                Actual = new(Minor(sku.ActualCommissionBase), Minor(sku.ActualTapCommission), Minor(sku.ActualCreatorCommission),
                    Minor(sku.ActualPartnerCommissionRewardFee), Minor(sku.ActualCreatorCommissionRewardFee)),
            };
        }
    }
}
