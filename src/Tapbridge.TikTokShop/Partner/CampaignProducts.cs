using Tapbridge.TikTokShop.Json;

namespace Tapbridge.TikTokShop.Partner;

/// <summary>A seller's registration of a product into a campaign, as reviewed by the agency.</summary>
public enum ReviewStatus
{
    Pending,
    Approved,
    Rejected,
    PendingClosed,
    Closed,
}

public enum ReviewResult
{
    Approve,
    Reject,
    RejectForever,
}

public enum RejectReason
{
    CommissionTooLow,
    ProductHardToPromote,
    ProductTooExpensive,
    NoSuitableCreator,
}

/// <summary>Filters of Get Affiliate Partner Campaign Product List; all optional.</summary>
public sealed record CampaignProductFilter
{
    public ReviewStatus? ReviewStatus { get; init; }
    public string? ProductName { get; init; }
    public string? ProductId { get; init; }
    public string? ShopName { get; init; }
    public string? CategoryId { get; init; }
}

public sealed record CampaignProduct
{
    public string Id { get; init; } = "";
    public ReviewStatus ReviewStatus { get; init; }
    public string Name { get; init; } = "";
    public string? MainImageUrl { get; init; }
    public Money? LowestPrice { get; init; }
    public Money? HighestPrice { get; init; }
    public int Inventory { get; init; }
    public string ShopName { get; init; } = "";

    /// <summary>Partner rate + creator rate, in 0.01 % units.</summary>
    public int TotalCommissionRate { get; init; }
    public int CreatorCommissionRate { get; init; }
    public int PartnerCommissionRate { get; init; }
    public int OpenCollaborationCommissionRate { get; init; }
    public bool IsAvailable { get; init; }
    public int ProductSales { get; init; }
    public ProductCategory? Category { get; init; }
    public int SampleQuota { get; init; }
    public IReadOnlyList<SkuInformation> SkuInformationList { get; init; } = [];
    public string? ProductDescription { get; init; }
}

public sealed record ProductCategory(string Id, string Name);

public sealed record SkuInformation
{
    public string SkuId { get; init; } = "";
    public string SkuName { get; init; } = "";
    public SkuInventory? Inventory { get; init; }
    public SkuPrice? BasePrice { get; init; }
    public IReadOnlyList<SkuPrice> RegionPrices { get; init; } = [];
    public IReadOnlyList<SkuProperty> Properties { get; init; } = [];
}

public sealed record SkuInventory(int AvailableQuantity);

/// <summary>SKU prices are decimal strings in the region's currency.</summary>
public sealed record SkuPrice
{
    public string RegionCode { get; init; } = "";
    public string Currency { get; init; } = "";
    public string? ListPrice { get; init; }
    public string? SalePrice { get; init; }
    public string? LocalizedDutiablePrice { get; init; }
}

public sealed record SkuProperty(string Name, string ValueName);

internal sealed record CampaignProductList(IReadOnlyList<CampaignProduct>? Products, string? NextPageToken, int? TotalCount);

internal sealed record ReviewBody(ReviewResult ReviewResult, IReadOnlyList<RejectReason>? RejectReasons);

public sealed record PromotionLink(string ProductId, string Link);

internal sealed record PromotionLinkBody(int CreatorCommissionRate);

internal sealed record GeneratedPromotionLink(string ProductPromotionLink);

internal sealed record BatchLinkBody(IReadOnlyList<string> ProductIds);

public sealed record BatchPromotionLinks
{
    public IReadOnlyList<PromotionLink> ProductPromotionLinks { get; init; } = [];
    public IReadOnlyList<string> FailedProductIds { get; init; } = [];
}
