using TikTokShopSandbox.Products;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Showcase;

/// <summary>A product in a creator's showcase: from a partner campaign link, or an open collaboration.</summary>
internal sealed class ShowcaseItem
{
    public required Creator Creator { get; init; }

    public required Product Product { get; init; }

    public required int Seq { get; init; }

    public required string AffiliateProductId { get; init; }

    public CampaignProduct? CampaignProduct { get; set; }

    public required int CreatorRate { get; set; }

    public required long AddedAt { get; set; }

    public string? LinkUrl { get; set; }

    /// <summary>The creator's videos and lives of this product, oldest first.</summary>
    public List<Content> Contents { get; } = [];
}

internal enum ContentType
{
    Video,
    Live,
}

/// <summary>A creator's video or live featuring a campaign product.</summary>
internal sealed class Content
{
    public required string Id { get; init; }

    public required ContentType Type { get; init; }

    public required ShowcaseItem Item { get; init; }

    public required long PublishedAt { get; init; }

    public long? EndedAt { get; init; }

    /// <summary>The views it tends to, before those its orders bring.</summary>
    public required long FinalViews { get; init; }

    public required int LikePerMille { get; init; }

    /// <summary>Views grow fast and level off: about 93 % of <see cref="FinalViews"/> by 48 h.</summary>
    public long ViewsAt(long now) =>
        now <= PublishedAt ? 0 : (long)(FinalViews * (1 - Math.Exp(-(now - PublishedAt) / 3_600.0 / 18)));
}
