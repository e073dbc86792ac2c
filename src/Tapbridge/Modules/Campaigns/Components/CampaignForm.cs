using Tapbridge.Platform;
using MarketInfo = Tapbridge.Platform.Markets.Market;

namespace Tapbridge.Modules.Campaigns.Components;

/// <summary>
/// The campaign form's values. Dates are picked in the market's time zone: a window starts at 00:00 on its first day
/// and ends at 23:59:59 on its last, as Partner Center does.
/// </summary>
public sealed class CampaignForm
{
    public string? Market { get; set; }
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public DateTime? RegistrationStart { get; set; }
    public DateTime? RegistrationEnd { get; set; }
    public DateTime? CampaignStart { get; set; }
    public DateTime? CampaignEnd { get; set; }
    public decimal CommissionPercent { get; set; } = 10m;
    public string ContactEmail { get; set; } = "";
    public string ContactMessenger { get; set; } = "";
    public string ContactPhone { get; set; } = "";
    public string ShopCodes { get; set; } = "";
    public bool LocalSellers { get; set; }
    public bool CrossBorderSellers { get; set; }

    public static CampaignForm From(string market, CampaignTerms terms)
    {
        var m = MarketInfo.Get(market);
        return new CampaignForm
        {
            Market = market,
            Name = terms.Name,
            Description = terms.Description,
            RegistrationStart = m.ToLocal(terms.RegistrationStart).Date,
            RegistrationEnd = m.ToLocal(terms.RegistrationEnd).Date,
            CampaignStart = m.ToLocal(terms.CampaignStart).Date,
            CampaignEnd = m.ToLocal(terms.CampaignEnd).Date,
            CommissionPercent = terms.CommissionRate / 100m,
            ContactEmail = terms.ContactEmail,
            ContactMessenger = terms.ContactMessenger ?? "",
            ContactPhone = terms.ContactPhone ?? "",
            ShopCodes = string.Join(' ', terms.TargetShopCodes),
            LocalSellers = terms.TargetSellerTypes.Contains(TargetSellerType.Local),
            CrossBorderSellers = terms.TargetSellerTypes.Contains(TargetSellerType.CrossBorder),
        };
    }

    public CampaignTerms ToTerms()
    {
        var market = MarketInfo.Find(Market) ?? throw RuleViolationException.Say<CampaignsRules>("Campaign.ChooseMarket", "market");
        return new CampaignTerms
        {
            Name = Name,
            Description = Description,
            RegistrationStart = StartOf(market, RegistrationStart, "registrationStart"),
            RegistrationEnd = EndOf(market, RegistrationEnd, "registrationEnd"),
            CampaignStart = StartOf(market, CampaignStart, "campaignStart"),
            CampaignEnd = EndOf(market, CampaignEnd, "campaignEnd"),
            CommissionRate = (int)Math.Round(CommissionPercent * 100m, MidpointRounding.AwayFromZero),
            ContactEmail = ContactEmail,
            ContactMessenger = ContactMessenger,
            ContactPhone = ContactPhone,
            TargetShopCodes = ShopCodes.Split([' ', ',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries),
            TargetSellerTypes = [.. LocalSellers ? [TargetSellerType.Local] : Array.Empty<TargetSellerType>(), .. CrossBorderSellers ? [TargetSellerType.CrossBorder] : Array.Empty<TargetSellerType>()],
        };
    }

    private static DateTimeOffset StartOf(MarketInfo market, DateTime? date, string field) =>
        Local(market, date ?? throw RuleViolationException.Say<CampaignsRules>("Campaign.PickDate", field));

    private static DateTimeOffset EndOf(MarketInfo market, DateTime? date, string field) =>
        Local(market, (date ?? throw RuleViolationException.Say<CampaignsRules>("Campaign.PickDate", field)).AddDays(1)).AddSeconds(-1);

    private static DateTimeOffset Local(MarketInfo market, DateTime date)
    {
        var local = DateTime.SpecifyKind(date.Date, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, market.TimeZone.GetUtcOffset(local)).ToUniversalTime();
    }
}
