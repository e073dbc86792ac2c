using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Orders;

/// <summary>How a line found its creator.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<Attribution>))]
public enum Attribution
{
    /// <summary>No creator of the agency has TikTok's username: the line waits in the staff queue.</summary>
    Unmatched,

    /// <summary>TikTok's creator username is a creator's handle in the line's market.</summary>
    Handle,

    /// <summary>A staff member assigned it (audited in the line's history).</summary>
    Staff,
}

/// <summary>
/// One affiliate order line (order id + SKU id) as TikTok reported it last, with Tapbridge's own computation beside
/// it and who it is attributed to. Facts only move forward: a snapshot behind what is known (an older status, fewer
/// returns, no delivery when one is known) is stale and changes nothing; any other change is a new version, recorded.
/// </summary>
public sealed class OrderLine
{
    private OrderLine()
    {
    }

    public Guid Id { get; private set; }
    public string MarketCode { get; private set; } = "";
    public string Currency { get; private set; } = "";
    public string OrderId { get; private set; } = "";
    public string SkuId { get; private set; } = "";
    public string ProductId { get; private set; } = "";
    public string ProductName { get; private set; } = "";
    public string? TikTokCampaignId { get; private set; }
    public Guid? CampaignId { get; private set; }
    public Guid? RegistrationId { get; private set; }
    public string CreatorUsername { get; private set; } = "";
    public Guid? CreatorId { get; private set; }
    public Attribution Attribution { get; private set; }
    public string? ContentType { get; private set; }
    public string? ContentId { get; private set; }
    public long Price { get; private set; }
    public int Quantity { get; private set; }
    public int ReturnedQuantity { get; private set; }
    public int RefundedQuantity { get; private set; }
    public int TapRate { get; private set; }
    public int CreatorRate { get; private set; }
    public int PartnerRewardRate { get; private set; }
    public int CreatorRewardRate { get; private set; }
    public TikTokLineStatus Status { get; private set; }
    public DateTimeOffset OrderedAt { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public ReportedAmounts Estimated { get; private set; } = ReportedAmounts.Zero;
    public ReportedAmounts Actual { get; private set; } = ReportedAmounts.Zero;
    public long ExpectedBase { get; private set; }
    public long ExpectedTap { get; private set; }
    public long ExpectedCreator { get; private set; }

    /// <summary>Why TikTok's figures differ from Tapbridge's, when they do.</summary>
    public string? Discrepancy { get; private set; }

    /// <summary>A return, refund or cancellation TikTok told of (webhooks 11, 12) that has not finished: the earning waits for it.</summary>
    public string? OpenRequest { get; private set; }
    public string Fingerprint { get; private set; } = "";
    public LineSource LastSource { get; private set; }
    public DateTimeOffset FirstSeenAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Counts every change; also the optimistic concurrency token, so two sources never both win silently.</summary>
    public int Version { get; private set; }

    public Market Market => Market.Get(MarketCode);

    public int KeptQuantity => Quantity - ReturnedQuantity - RefundedQuantity;

    /// <summary>TikTok's amounts that count now (see <see cref="OrderLineSnapshot.Current"/>).</summary>
    public ReportedAmounts Current => ToSnapshot().Current;

    /// <summary>A line first reported now; <paramref name="openRequest"/> is a request of its order already open (see <see cref="OrderRequests"/>).</summary>
    public static OrderLine Start(OrderLineSnapshot snapshot, LineSource source, DateTimeOffset now, string? openRequest = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var line = new OrderLine
        {
            Id = Guid.CreateVersion7(now),
            MarketCode = snapshot.MarketCode,
            Currency = snapshot.Currency,
            OrderId = snapshot.OrderId,
            SkuId = snapshot.SkuId,
            FirstSeenAt = now,
            OpenRequest = openRequest,
        };
        line.Take(snapshot, source, now);
        return line;
    }

    /// <summary>Whether <paramref name="snapshot"/> is behind what this line already knows.</summary>
    public bool IsBehind(OrderLineSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Rank(snapshot.Status) < Rank(Status)
            || snapshot.ReturnedQuantity + snapshot.RefundedQuantity < ReturnedQuantity + RefundedQuantity
            || (snapshot.DeliveredAt is null && DeliveredAt is not null);
    }

    /// <summary>Whether <paramref name="snapshot"/> says something this line does not know yet: a later status, more returns, a delivery.</summary>
    public bool IsAhead(OrderLineSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Rank(snapshot.Status) > Rank(Status)
            || snapshot.ReturnedQuantity + snapshot.RefundedQuantity > ReturnedQuantity + RefundedQuantity
            || (snapshot.DeliveredAt is not null && DeliveredAt is null);
    }

    /// <summary>Takes newer facts; returns what changed (null when nothing did).</summary>
    public string? Apply(OrderLineSnapshot snapshot, LineSource source, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        // Partner Center's export lacks rewards and splits returns from refunds less finely than the API: it only
        // moves a line the API reported when it says something strictly newer.
        if (snapshot.Fingerprint() == Fingerprint || IsBehind(snapshot) || (source == LineSource.Csv && LastSource != LineSource.Csv && !IsAhead(snapshot)))
        {
            return null;
        }

        var before = ToSnapshot();
        Take(snapshot, source, now);
        return Describe(before, snapshot, Market);
    }

    /// <summary>Links the line to a creator (by handle) and to the campaign and product the agency knows.</summary>
    public void Attribute(Guid? creatorId, Guid? campaignId, Guid? registrationId)
    {
        if (Attribution != Attribution.Staff)
        {
            (CreatorId, Attribution) = (creatorId, creatorId is null ? Attribution.Unmatched : Attribution.Handle);
        }

        (CampaignId, RegistrationId) = (campaignId ?? CampaignId, registrationId ?? RegistrationId);
    }

    /// <summary>Staff assign an unmatched (or wrongly matched) line to a creator.</summary>
    public string Assign(Guid creatorId, string creatorHandle, DateTimeOffset now)
    {
        Platform.RuleViolationException.Require<OrdersRules>(CreatorId != creatorId, "creatorId", "Line.AlreadyAttributed", creatorHandle);
        (CreatorId, Attribution, UpdatedAt, LastSource) = (creatorId, Attribution.Staff, now, LineSource.Staff);
        Version++;
        return $"Assigned to @{creatorHandle} (TikTok reported @{CreatorUsername})";
    }

    /// <summary>The order's open requests (text) or none (null), as <see cref="OrderRequests.Hold"/> says after a webhook.</summary>
    public bool Request(string? openRequest, DateTimeOffset now)
    {
        if (OpenRequest == openRequest)
        {
            return false;
        }

        (OpenRequest, UpdatedAt) = (openRequest, now);
        Version++;
        return true;
    }

    /// <summary>What the ledger needs of this line now.</summary>
    public LineFacts Facts() => new(Id, MarketCode, Currency, CreatorId, CampaignId, Current.PartnerCommission, Current.CreatorCommission,
        Status switch
        {
            TikTokLineStatus.Cancelled => "Cancelled",
            TikTokLineStatus.Deducted => "Commission deducted by TikTok",
            _ when KeptQuantity == 0 => ReturnedQuantity > 0 ? "Returned in full" : "Refunded in full",
            _ => null,
        },
        Status == TikTokLineStatus.Frozen, OpenRequest, OrderedAt, DeliveredAt);

    public OrderLineSnapshot ToSnapshot() => new()
    {
        MarketCode = MarketCode, Currency = Currency, OrderId = OrderId, SkuId = SkuId, ProductId = ProductId, ProductName = ProductName,
        TikTokCampaignId = TikTokCampaignId, CreatorUsername = CreatorUsername, ContentType = ContentType, ContentId = ContentId, Price = Price,
        Quantity = Quantity, ReturnedQuantity = ReturnedQuantity, RefundedQuantity = RefundedQuantity, TapRate = TapRate, CreatorRate = CreatorRate,
        PartnerRewardRate = PartnerRewardRate, CreatorRewardRate = CreatorRewardRate, Status = Status, OrderedAt = OrderedAt, DeliveredAt = DeliveredAt,
        Estimated = Estimated, Actual = Actual,
    };

    private void Take(OrderLineSnapshot s, LineSource source, DateTimeOffset now)
    {
        Platform.RuleViolationException.Require<OrdersRules>(s.Quantity > 0 && s.ReturnedQuantity >= 0 && s.RefundedQuantity >= 0 && s.KeptQuantity >= 0, "quantity",
            "Line.Quantities", s.OrderId, s.SkuId, s.Quantity, s.ReturnedQuantity, s.RefundedQuantity);
        Platform.RuleViolationException.Require<OrdersRules>(s.Price >= 0 && s.TapRate is >= 0 and <= Rates.Whole && s.CreatorRate is >= 0 and <= Rates.Whole, "rate",
            "Line.Rates", s.OrderId, s.SkuId);
        Platform.RuleViolationException.Require<OrdersRules>(string.Equals(s.Currency, Currency, StringComparison.Ordinal), "currency",
            "Line.Currency", s.OrderId, s.SkuId, Currency, s.Currency);
        ProductId = s.ProductId;
        ProductName = s.ProductName.Length > 300 ? s.ProductName[..300] : s.ProductName;
        TikTokCampaignId = s.TikTokCampaignId;
        CreatorUsername = s.CreatorUsername;
        ContentType = s.ContentType;
        ContentId = s.ContentId;
        Price = s.Price;
        Quantity = s.Quantity;
        ReturnedQuantity = s.ReturnedQuantity;
        RefundedQuantity = s.RefundedQuantity;
        TapRate = s.TapRate;
        CreatorRate = s.CreatorRate;
        PartnerRewardRate = s.PartnerRewardRate;
        CreatorRewardRate = s.CreatorRewardRate;
        Status = s.Status;
        OrderedAt = s.OrderedAt;
        DeliveredAt = s.DeliveredAt;
        Estimated = s.Estimated;
        Actual = s.Actual;
        var expected = ExpectedAmounts.Of(s);
        (ExpectedBase, ExpectedTap, ExpectedCreator) = (expected.Base, expected.Tap, expected.Creator);
        Discrepancy = expected.Difference(s, Market);
        Fingerprint = s.Fingerprint();
        LastSource = source;
        UpdatedAt = now;
        Version++;
    }

    private static int Rank(TikTokLineStatus status) => status switch
    {
        TikTokLineStatus.Processing => 0,
        TikTokLineStatus.Frozen => 1,
        TikTokLineStatus.Completed => 2,
        TikTokLineStatus.Cancelled or TikTokLineStatus.Deducted => 3,
    };

    private static string Describe(OrderLineSnapshot before, OrderLineSnapshot after, Market market)
    {
        var changes = new List<string>();
        void Note<T>(string what, T old, T now, Func<T, string>? show = null)
        {
            if (!EqualityComparer<T>.Default.Equals(old, now))
            {
                show ??= v => v?.ToString() ?? "none";
                changes.Add($"{what} {show(old)} → {show(now)}");
            }
        }

        Note("status", before.Status, after.Status);
        Note("delivered", before.DeliveredAt, after.DeliveredAt, d => d is { } at ? market.ToLocal(at).ToString("d MMM yyyy HH:mm") : "not yet");
        Note("returned", before.ReturnedQuantity, after.ReturnedQuantity);
        Note("refunded", before.RefundedQuantity, after.RefundedQuantity);
        Note("quantity", before.Quantity, after.Quantity);
        Note("price", before.Price, after.Price, market.FormatMoney);
        Note("TAP rate", before.TapRate, after.TapRate, Rates.Percent);
        Note("creator rate", before.CreatorRate, after.CreatorRate, Rates.Percent);
        Note("creator", before.CreatorUsername, after.CreatorUsername, u => "@" + u);
        Note("partner commission", before.Current.PartnerCommission, after.Current.PartnerCommission, market.FormatMoney);
        Note("creator commission", before.Current.CreatorCommission, after.Current.CreatorCommission, market.FormatMoney);
        return changes.Count == 0 ? "TikTok's details changed (content or product name)" : string.Join("; ", changes);
    }
}
