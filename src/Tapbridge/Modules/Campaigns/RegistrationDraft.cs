namespace Tapbridge.Modules.Campaigns;

/// <summary>
/// What a seller submits for one product in one campaign. Rates are 0.01 % units; the total commission is
/// <see cref="PartnerRate"/> + <see cref="CreatorRate"/>. Prices are integer minor units of the shop's currency.
/// </summary>
public sealed record RegistrationDraft
{
    public required Guid ShopId { get; init; }

    /// <summary>TikTok's product id: the number in the product's Seller Center or shop URL.</summary>
    public required string ProductId { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    public IReadOnlyList<string> ImageUrls { get; init; } = [];
    public required string CategoryId { get; init; }
    public IReadOnlyList<SkuDraft> Skus { get; init; } = [];
    public required int PartnerRate { get; init; }
    public required int CreatorRate { get; init; }

    /// <summary>The product's public open-collaboration rate, shown to reviewers for comparison.</summary>
    public int OpenCollaborationRate { get; init; }
    public int SampleQuota { get; init; }
    public ContentBrief Brief { get; init; } = new();
}

/// <summary>One SKU: TikTok's SKU id, its name (e.g. "50ml"), its price in minor units and the stock available.</summary>
public sealed record SkuDraft(string SkuId, string Name, long Price, int Stock);

/// <summary>What creators must know to promote the product well and within the seller's rules.</summary>
public sealed record ContentBrief
{
    public IReadOnlyList<string> SellingPoints { get; init; } = [];
    public IReadOnlyList<string> RequiredClaims { get; init; } = [];
    public IReadOnlyList<string> ForbiddenClaims { get; init; } = [];
    public IReadOnlyList<string> Hashtags { get; init; } = [];
}

/// <summary>A registration as TikTok's campaign product list reports it, amounts already in minor units.</summary>
public sealed record TikTokRegistration
{
    public required string ProductId { get; init; }
    public required RegistrationStatus Status { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    public string? ImageUrl { get; init; }
    public string CategoryId { get; init; } = "";
    public string CategoryName { get; init; } = "";
    public required string ShopName { get; init; }
    public IReadOnlyList<SkuDraft> Skus { get; init; } = [];
    public long LowestPrice { get; init; }
    public long HighestPrice { get; init; }
    public int Stock { get; init; }
    public required int PartnerRate { get; init; }
    public required int CreatorRate { get; init; }
    public int OpenCollaborationRate { get; init; }
    public int SampleQuota { get; init; }
    public int ProductSales { get; init; }
    public bool Available { get; init; } = true;
}
