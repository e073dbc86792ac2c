using Tapbridge.Modules.Campaigns;

namespace Tapbridge.Modules.Showcase;

/// <summary>
/// A product in the creator's Showcase with both links: the TikTok promotion link (open it in TikTok to add the
/// product) and the Tapbridge short link to share, which counts clicks.
/// </summary>
public sealed record ShowcaseEntry(
    Guid Id, Guid ProductId, string Title, string? ImageUrl, string ShopName, string Currency, long LowestPrice, int CreatorRate, long EarningsPerSale,
    Guid CampaignId, string CampaignName, DateTimeOffset CampaignEnd, string TikTokLink, string ShortLink, ShowcaseState State,
    ShowcaseVerification Verification, DateTimeOffset AddedAt, DateTimeOffset? VerifiedAt, int Clicks, IReadOnlyList<DailyClicks> Daily);

public sealed record DailyClicks(DateOnly Day, int Clicks);

/// <summary>The Showcase page: every product with its state and clicks, the clicks of all links per day, and whether TikTok can check the Showcase.</summary>
public sealed record ShowcaseOverview(IReadOnlyList<ShowcaseEntry> Items, IReadOnlyList<DailyClicks> Daily, int TotalClicks, bool TikTokConnected);

/// <summary>What "Add to Showcase" shows first: the campaign's terms (accepted once per campaign) and whether the product is already in.</summary>
public sealed record ShowcaseOffer(Guid ProductId, Guid CampaignId, string CampaignName, DateTimeOffset CampaignEnd, bool TermsAccepted, IReadOnlyList<string> Terms, Guid? ShowcaseItemId);

public sealed record AddToShowcase(Guid ProductId, bool AcceptTerms);

public sealed record VerifyShowcase(bool Confirmed);

internal static class ShowcaseTerms
{
    public static IReadOnlyList<string> For(Campaign campaign, string agency) =>
    [
        $"You promote products of \"{campaign.Name}\" through {agency} until the campaign ends on {campaign.Market.ToLocal(campaign.CampaignEnd):d MMM yyyy}.",
        "TikTok pays you the creator rate shown on each product for the sales you drive; the rate is fixed in your promotion link when it is made.",
        "Sales count when buyers order the product through your TikTok Showcase, videos or lives after you add it with your promotion link.",
        "Follow each product's brief: say what it asks, never what it forbids, and disclose paid promotion as TikTok requires.",
        "A seller may close a product and a campaign may end early; your Showcase page tells you when that happens.",
        "Free samples you request are for creating content about the product.",
    ];
}
