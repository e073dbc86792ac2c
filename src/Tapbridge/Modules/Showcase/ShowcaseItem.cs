using System.Text.Json.Serialization;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Showcase;

/// <summary>How Tapbridge knows the product is in the creator's TikTok Showcase.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ShowcaseVerification>))]
public enum ShowcaseVerification
{
    /// <summary>Links handed over; TikTok has not confirmed the product is in the Showcase yet.</summary>
    None,

    /// <summary>TikTok's creator API listed the product in the Showcase under the agency's campaign.</summary>
    TikTok,

    /// <summary>The creator said so (TikTok could not be asked: the creator has not connected TikTok).</summary>
    CreatorConfirmed,
}

/// <summary>Where a Showcase product stands, as the creator sees it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ShowcaseState>))]
public enum ShowcaseState
{
    Added,
    Verified,
    CampaignEnded,
    ProductClosed,
}

/// <summary>
/// A campaign product a creator took to promote: the TikTok promotion link minted for the creator at the product's
/// creator rate (TikTok fixes the split when the link is made), and the creator's own unguessable Tapbridge short link.
/// </summary>
internal sealed class ShowcaseItem
{
    private ShowcaseItem()
    {
    }

    public Guid Id { get; private set; }
    public Guid CreatorId { get; private set; }
    public Guid CampaignId { get; private set; }
    public Guid RegistrationId { get; private set; }
    public string MarketCode { get; private set; } = "";
    public string ProductId { get; private set; } = "";
    public int CreatorRate { get; private set; }
    public string TikTokLink { get; private set; } = "";
    public string Code { get; private set; } = "";
    public DateTimeOffset AddedAt { get; private set; }
    public ShowcaseVerification Verification { get; private set; }
    public DateTimeOffset? VerifiedAt { get; private set; }

    public static ShowcaseItem Add(Guid creatorId, Guid campaignId, Guid registrationId, string market, string productId, int creatorRate, string tikTokLink, string code, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now), CreatorId = creatorId, CampaignId = campaignId, RegistrationId = registrationId, MarketCode = market,
        ProductId = productId, CreatorRate = creatorRate, TikTokLink = tikTokLink, Code = code, AddedAt = now,
    };

    /// <summary>TikTok's word replaces the creator's; the creator's word never downgrades TikTok's.</summary>
    public void Verify(ShowcaseVerification how, DateTimeOffset now)
    {
        if (how == ShowcaseVerification.None || Verification == ShowcaseVerification.TikTok || Verification == how)
        {
            return;
        }

        (Verification, VerifiedAt) = (how, now);
    }

    public Market Market => Market.Get(MarketCode);

    public ShowcaseState StateAt(bool campaignLive, bool productLive) =>
        !campaignLive ? ShowcaseState.CampaignEnded
        : !productLive ? ShowcaseState.ProductClosed
        : Verification == ShowcaseVerification.None ? ShowcaseState.Added
        : ShowcaseState.Verified;
}
