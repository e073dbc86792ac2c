namespace Tapbridge.Modules.Campaigns;

/// <summary>A registration as lists show it: the product, the offer against the campaign's requirement, the review, TikTok's side.</summary>
public sealed record RegistrationView(
    Guid Id,
    Guid CampaignId,
    string CampaignName,
    CampaignStatus CampaignStatus,
    string Market,
    Guid? SellerId,
    string? SellerName,
    Guid? ShopId,
    string ShopName,
    string ProductId,
    string Title,
    string? ImageUrl,
    string CategoryId,
    string CategoryName,
    string Currency,
    long LowestPrice,
    long HighestPrice,
    int Stock,
    int PartnerRate,
    int CreatorRate,
    int TotalRate,
    int CampaignRate,
    int OpenCollaborationRate,
    int SampleQuota,
    int ProductSales,
    RegistrationStatus Status,
    bool RejectedForever,
    IReadOnlyList<RejectReason> RejectReasons,
    string? ReviewComment,
    DateTimeOffset? ReviewedAt,
    RegistrationSource Source,
    DateTimeOffset RegisteredAt,
    TikTokSide TikTok,
    string? PromotionLink,
    int Version)
{
    internal static RegistrationView From(Registration r, Campaign c, string? sellerName, DateTimeOffset now) => new(
        r.Id, r.CampaignId, c.Name, c.StatusAt(now), r.MarketCode, r.SellerId, sellerName, r.ShopId, r.ShopName, r.ProductId, r.Title, r.ImageUrls.FirstOrDefault(),
        r.CategoryId, r.CategoryName, r.Market.Currency, r.LowestPrice, r.HighestPrice, r.Stock, r.PartnerRate, r.CreatorRate, r.TotalRate, c.CommissionRate,
        r.OpenCollaborationRate, r.SampleQuota, r.ProductSales, r.Status, r.RejectedForever, r.RejectReasons, r.ReviewComment, r.ReviewedAt, r.Source,
        r.RegisteredAt, TikTokSide.From(r, c), r.PromotionLink, r.Version);
}

/// <summary>
/// The registration on TikTok's side. <see cref="CampaignOnTikTok"/> false: a Tapbridge-only campaign. <see cref="OnTikTok"/>
/// false in a TikTok campaign: the seller has yet to register the product in Seller Center too.
/// </summary>
public sealed record TikTokSide(
    bool CampaignOnTikTok, bool OnTikTok, RegistrationStatus? Status, bool Conflict, int? PartnerRate, int? CreatorRate, int? SampleQuota,
    bool DecisionHeld, string? Error, DateTimeOffset? SeenAt)
{
    internal static TikTokSide From(Registration r, Campaign c)
    {
        var on = r.IsOnTikTok(c);
        return new(c.TikTokCampaignId is not null, on, on ? r.TikTokStatus : null, r.HasConflict(c), on ? r.TikTokPartnerRate : null,
            on ? r.TikTokCreatorRate : null, on ? r.TikTokSampleQuota : null, r.DecisionHeld, r.TikTokError, on ? r.TikTokSeenAt : null);
    }
}

public sealed record RegistrationDetailView(
    RegistrationView Registration,
    string Description,
    IReadOnlyList<string> ImageUrls,
    IReadOnlyList<RegisteredSku> Skus,
    ContentBrief Brief,
    string? CloseReason,
    string? TikTokCampaignId,
    SellerRecord? SellerRecord,
    IReadOnlyList<CampaignEventView> History)
{
    internal static RegistrationDetailView From(Registration r, Campaign c, string? sellerName, SellerRecord? record, IEnumerable<CampaignEvent> events, DateTimeOffset now) => new(
        RegistrationView.From(r, c, sellerName, now), r.Description, r.ImageUrls, r.Skus,
        new ContentBrief { SellingPoints = r.SellingPoints, RequiredClaims = r.RequiredClaims, ForbiddenClaims = r.ForbiddenClaims, Hashtags = r.Hashtags },
        r.CloseReason, c.TikTokCampaignId, record,
        events.OrderByDescending(e => e.At).Select(e => new CampaignEventView(e.At, e.ActorName, e.Action, e.Details)).ToList());

    /// <summary>The draft that reproduces this registration, for the seller's edit form.</summary>
    public RegistrationDraft ToDraft() => new()
    {
        ShopId = Registration.ShopId ?? Guid.Empty,
        ProductId = Registration.ProductId,
        Title = Registration.Title,
        Description = Description,
        ImageUrls = ImageUrls,
        CategoryId = Registration.CategoryId,
        Skus = Skus.Select(s => new SkuDraft(s.SkuId, s.Name, s.Price, s.Stock)).ToList(),
        PartnerRate = Registration.PartnerRate,
        CreatorRate = Registration.CreatorRate,
        OpenCollaborationRate = Registration.OpenCollaborationRate,
        SampleQuota = Registration.SampleQuota,
        Brief = Brief,
    };
}

/// <summary>The seller's record with the agency, for a reviewer: how its registrations fared so far.</summary>
public sealed record SellerRecord(int Approved, int Rejected, int Pending, int Closed);

/// <summary>A campaign a seller may register into, and which of its shops qualify.</summary>
public sealed record OpenCampaignView(CampaignView Campaign, string Description, IReadOnlyList<EligibleShop> Shops, int Registered);

public sealed record EligibleShop(Guid ShopId, string ShopCode, string ShopName);
