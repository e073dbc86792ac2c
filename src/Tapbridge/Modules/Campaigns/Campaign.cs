using System.Net.Mail;
using Tapbridge.Platform.Markets;
using static Tapbridge.Platform.RuleViolationException;

namespace Tapbridge.Modules.Campaigns;

/// <summary>
/// A TAP campaign in one market, with TikTok's rules (reference §2.1, §10): name under 50 characters, description
/// under 1,000, windows of 1–360 days, a total commission of more than 1 % and less than 80 %, the market's messenger,
/// fewer than 100 target shops; start times editable only before the campaign starts; nothing once closed.
/// </summary>
public sealed class Campaign
{
    public const int MaxPublished = 100;
    private static readonly TimeSpan MinWindow = TimeSpan.FromDays(1);
    private static readonly TimeSpan MaxWindow = TimeSpan.FromDays(360);

    private Campaign()
    {
    }

    public Guid Id { get; private set; }
    public string MarketCode { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Description { get; private set; } = "";
    public DateTimeOffset RegistrationStart { get; private set; }
    public DateTimeOffset RegistrationEnd { get; private set; }
    public DateTimeOffset CampaignStart { get; private set; }
    public DateTimeOffset CampaignEnd { get; private set; }
    public int CommissionRate { get; private set; }
    public string ContactEmail { get; private set; } = "";
    public string? ContactMessenger { get; private set; }
    public string? ContactPhone { get; private set; }
    public List<string> TargetShopCodes { get; private set; } = [];
    public List<TargetSellerType> TargetSellerTypes { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>TikTok's id when the market is connected; null means the campaign lives in Tapbridge alone.</summary>
    public string? TikTokCampaignId { get; private set; }

    public Market Market => Market.Get(MarketCode);

    public static Campaign Create(Market market, CampaignTerms terms, DateTimeOffset now)
    {
        var campaign = new Campaign { Id = Guid.CreateVersion7(now), MarketCode = market.Code, CreatedAt = now };
        campaign.Apply(terms, now, isNew: true);
        return campaign;
    }

    public CampaignStatus StatusAt(DateTimeOffset now) => this switch
    {
        { PublishedAt: null } => CampaignStatus.Ready,
        { ClosedAt: not null } => CampaignStatus.Closed,
        _ when now >= CampaignEnd => CampaignStatus.Closed,
        _ when now < CampaignStart => CampaignStatus.Upcoming,
        _ => CampaignStatus.Ongoing,
    };

    public bool RegistrationOpenAt(DateTimeOffset now) =>
        StatusAt(now) is CampaignStatus.Upcoming or CampaignStatus.Ongoing && now >= RegistrationStart && now < RegistrationEnd;

    /// <summary>Whether a shop may register: the campaign targets it by code, or its seller type, or targets no one in particular.</summary>
    public bool IsOpenTo(string shopCode, bool crossBorder) =>
        TargetShopCodes.Count > 0 ? TargetShopCodes.Contains(shopCode, StringComparer.OrdinalIgnoreCase)
        : TargetSellerTypes.Count == 0 || TargetSellerTypes.Contains(crossBorder ? TargetSellerType.CrossBorder : TargetSellerType.Local);

    /// <summary>TikTok accepts reviews only while the campaign is online (UPCOMING or ONGOING).</summary>
    public bool IsOnlineAt(DateTimeOffset now) => StatusAt(now) is CampaignStatus.Upcoming or CampaignStatus.Ongoing;

    public void Edit(CampaignTerms terms, DateTimeOffset now)
    {
        var status = StatusAt(now);
        if (status == CampaignStatus.Closed)
        {
            throw Say<CampaignsRules>("Campaign.ClosedNoEdit", null);
        }

        if (status == CampaignStatus.Ongoing && (terms.CampaignStart != CampaignStart || terms.RegistrationStart != RegistrationStart))
        {
            throw Say<CampaignsRules>("Campaign.StartsLocked", terms.CampaignStart != CampaignStart ? "campaignStart" : "registrationStart");
        }

        Apply(terms, now, isNew: false);
    }

    public void Publish(int publishedInMarket, DateTimeOffset now)
    {
        if (PublishedAt is not null)
        {
            throw Say<CampaignsRules>("Campaign.AlreadyPublished", null);
        }

        if (publishedInMarket >= MaxPublished)
        {
            throw Say<CampaignsRules>("Campaign.TooManyPublished", null, MaxPublished);
        }

        if (CampaignEnd <= now)
        {
            throw Say<CampaignsRules>("Campaign.EndedBeforePublish", "campaignEnd");
        }

        PublishedAt = now;
    }

    /// <summary>Ends the campaign now: its end (and the registration end, if later) move to now, as TikTok's edit would.</summary>
    public void Close(DateTimeOffset now)
    {
        if (StatusAt(now) == CampaignStatus.Closed)
        {
            throw Say<CampaignsRules>("Campaign.AlreadyClosed", null);
        }

        ClosedAt = now;
        CampaignEnd = now < CampaignEnd ? now : CampaignEnd;
        RegistrationEnd = now < RegistrationEnd ? now : RegistrationEnd;
    }

    public void LinkToTikTok(string tikTokCampaignId) => TikTokCampaignId = tikTokCampaignId;

    private void Apply(CampaignTerms terms, DateTimeOffset now, bool isNew)
    {
        var name = terms.Name.Trim();
        Require<CampaignsRules>(name.Length is > 0 and < 50, "name", "Campaign.NameLength");
        var description = terms.Description.Trim();
        Require<CampaignsRules>(description.Length is > 0 and < 1000, "description", "Campaign.DescriptionLength");
        Window(terms.RegistrationStart, terms.RegistrationEnd, "registrationEnd", "Campaign.RegistrationWindow");
        Window(terms.CampaignStart, terms.CampaignEnd, "campaignEnd", "Campaign.CampaignWindow");
        Require<CampaignsRules>(!isNew || terms.CampaignEnd > now, "campaignEnd", "Campaign.EndInPast");
        Require<CampaignsRules>(terms.RegistrationStart <= terms.CampaignEnd, "registrationStart", "Campaign.RegistrationAfterEnd");
        Require<CampaignsRules>(terms.CommissionRate is > 100 and < 8000, "commissionRate", "Campaign.CommissionRange");
        Require<CampaignsRules>(MailAddress.TryCreate(terms.ContactEmail.Trim(), out _), "contactEmail", "Campaign.ContactEmail");
        var messenger = Market.RequiredMessenger;
        Require<CampaignsRules>(messenger is null || !string.IsNullOrWhiteSpace(terms.ContactMessenger), "contactMessenger", "Campaign.MessengerRequired", messenger, Market.Name);
        var codes = terms.TargetShopCodes.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct().ToList();
        Require<CampaignsRules>(codes.Count < 100, "targetShopCodes", "Campaign.TooManyShops");

        (Name, Description, CommissionRate) = (name, description, terms.CommissionRate);
        (RegistrationStart, RegistrationEnd, CampaignStart, CampaignEnd) = (terms.RegistrationStart, terms.RegistrationEnd, terms.CampaignStart, terms.CampaignEnd);
        (ContactEmail, ContactMessenger, ContactPhone) = (terms.ContactEmail.Trim(), terms.ContactMessenger?.Trim(), terms.ContactPhone?.Trim());
        TargetShopCodes = codes;
        TargetSellerTypes = terms.TargetSellerTypes.Distinct().ToList();
    }

    private static void Window(DateTimeOffset start, DateTimeOffset end, string field, string key)
    {
        var length = end - start;
        Require<CampaignsRules>(length >= MinWindow && length <= MaxWindow, field, key);
    }
}
