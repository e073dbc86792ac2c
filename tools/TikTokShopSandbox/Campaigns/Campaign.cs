using TikTokShopSandbox.Products;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Campaigns;

internal enum CampaignStatus
{
    Ready,
    Upcoming,
    Ongoing,
    Closed,
}

internal sealed record ContactInfo(string? Email, string? Whatsapp, string? Phone, string? Zalo, string? Viber, string? Line);

internal sealed class Campaign
{
    public required string Id { get; init; }

    public required CategoryAsset Asset { get; init; }

    public required int Seq { get; init; }

    public required long CreatedAt { get; init; }

    public required string Name { get; set; }

    public required string Description { get; set; }

    public required long CampaignStart { get; set; }

    public required long CampaignEnd { get; set; }

    public required long RegistrationStart { get; set; }

    public required long RegistrationEnd { get; set; }

    public required int CommissionRate { get; set; }

    public required ContactInfo Contact { get; set; }

    public required IReadOnlyList<Shop> TargetShops { get; set; }

    public required IReadOnlyList<string> TargetSellerTypes { get; set; }

    public long? PublishedAt { get; set; }

    public string Market => Asset.Market;

    public Dictionary<string, CampaignProduct> ProductsById { get; } = new(StringComparer.Ordinal);

    public List<CampaignProduct> Products { get; } = [];

    public CampaignStatus StatusAt(long now) =>
        PublishedAt is null ? CampaignStatus.Ready
        : now < CampaignStart ? CampaignStatus.Upcoming
        : now < CampaignEnd ? CampaignStatus.Ongoing
        : CampaignStatus.Closed;

    public bool IsOnline(long now) => StatusAt(now) is CampaignStatus.Upcoming or CampaignStatus.Ongoing;

    public bool RegistrationOpenAt(long now) => IsOnline(now) && RegistrationStart <= now && now < RegistrationEnd;

    /// <summary>Shop codes, when given, decide; otherwise seller types; otherwise every shop of the market.</summary>
    public bool Targets(Shop shop) =>
        string.Equals(shop.Region, Market, StringComparison.Ordinal)
        && (TargetShops.Count > 0 ? TargetShops.Contains(shop)
            : TargetSellerTypes.Count == 0 || TargetSellerTypes.Contains(shop.SellerType, StringComparer.Ordinal));

    public static string StatusName(CampaignStatus status) => status switch
    {
        CampaignStatus.Ready => "READY",
        CampaignStatus.Upcoming => "UPCOMING",
        CampaignStatus.Ongoing => "ONGOING",
        CampaignStatus.Closed => "CLOSED",
    };
}
