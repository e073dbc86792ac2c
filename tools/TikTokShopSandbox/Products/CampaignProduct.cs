using TikTokShopSandbox.Campaigns;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Products;

internal enum ReviewStatus
{
    Pending,
    Approved,
    Rejected,
    PendingClosed,
    Closed,
}

/// <summary>A seller's registration of one product into one campaign.</summary>
internal sealed class CampaignProduct
{
    public required Campaign Campaign { get; init; }

    public required Product Product { get; init; }

    public required long RegisteredAt { get; set; }

    public ReviewStatus Status { get; set; } = ReviewStatus.Pending;

    public required int TotalRate { get; set; }

    public required int CreatorRate { get; set; }

    public int PartnerRate => TotalRate - CreatorRate;

    public required int SampleQuota { get; set; }

    public long? RejectedAt { get; set; }

    public bool RejectedForever { get; set; }

    public IReadOnlyList<string> RejectReasons { get; set; } = [];

    /// <summary>Promotes sales: approved, or approved with a close request not yet granted.</summary>
    public bool IsSelling => Status is ReviewStatus.Approved or ReviewStatus.PendingClosed;

    public static string StatusName(ReviewStatus status) => status switch
    {
        ReviewStatus.Pending => "PENDING",
        ReviewStatus.Approved => "APPROVED",
        ReviewStatus.Rejected => "REJECTED",
        ReviewStatus.PendingClosed => "PENDING_CLOSED",
        ReviewStatus.Closed => "CLOSED",
    };

    public static ReviewStatus? ParseStatus(string? value) => value switch
    {
        "PENDING" => ReviewStatus.Pending,
        "APPROVED" => ReviewStatus.Approved,
        "REJECTED" => ReviewStatus.Rejected,
        "PENDING_CLOSED" => ReviewStatus.PendingClosed,
        "CLOSED" => ReviewStatus.Closed,
        _ => null,
    };
}

/// <summary>A link from P8/P9; the creator rate in it is fixed when it is generated.</summary>
internal sealed record PromotionLink(string Url, CampaignProduct CampaignProduct, int CreatorRate, long CreatedAt);
