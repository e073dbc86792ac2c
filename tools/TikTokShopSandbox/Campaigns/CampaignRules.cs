using TikTokShopSandbox.Common;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Campaigns;

/// <summary>P1/P2 fields after applying a request body; validated before the campaign changes.</summary>
internal sealed record CampaignDraft(
    string? Name,
    string? Description,
    long? CampaignStart,
    long? CampaignEnd,
    long? RegistrationStart,
    long? RegistrationEnd,
    int? CommissionRate,
    ContactInfo? Contact,
    IReadOnlyList<Shop> TargetShops,
    IReadOnlyList<string> TargetSellerTypes);

/// <summary>TikTok's create/edit rules for partner campaigns (reference §2.1).</summary>
internal static class CampaignRules
{
    public const int MaxOnline = 100;
    private const long Day = 86_400;
    private static readonly string[] SellerTypes = ["LOCAL", "CROSS_BORDER"];

    public static CampaignDraft Read(SandboxWorld world, string market, JsonBody body, Campaign? existing, long now)
    {
        if (existing is not null)
        {
            CheckEditable(existing, body, now);
        }

        var contact = existing?.Contact;
        if (body.Object("contact_info") is { } info)
        {
            contact = new ContactInfo(
                Field(info, "email", contact?.Email),
                Field(info, "whatsapp", contact?.Whatsapp),
                Field(info, "phone", contact?.Phone),
                Field(info, "zalo", contact?.Zalo),
                Field(info, "viber", contact?.Viber),
                Field(info, "line", contact?.Line));
        }

        var shops = body.StringList("target_shop_codes") is { } codes ? Shops(world, market, codes) : existing?.TargetShops ?? [];
        var types = body.StringList("target_seller_types") is { } list ? SellerTypeList(list) : existing?.TargetSellerTypes ?? [];
        var draft = new CampaignDraft(
            body.String("name") ?? existing?.Name,
            body.String("description") ?? existing?.Description,
            body.Long("campaign_start_time") ?? existing?.CampaignStart,
            body.Long("campaign_end_time") ?? existing?.CampaignEnd,
            body.Long("registration_start_time") ?? existing?.RegistrationStart,
            body.Long("registration_end_time") ?? existing?.RegistrationEnd,
            body.Int("commission_rate") ?? existing?.CommissionRate,
            contact,
            shops,
            types);
        Validate(draft, market);
        return draft;
    }

    public static void Apply(Campaign campaign, CampaignDraft draft)
    {
        campaign.Name = draft.Name!;
        campaign.Description = draft.Description!;
        campaign.CampaignStart = draft.CampaignStart!.Value;
        campaign.CampaignEnd = draft.CampaignEnd!.Value;
        campaign.RegistrationStart = draft.RegistrationStart!.Value;
        campaign.RegistrationEnd = draft.RegistrationEnd!.Value;
        campaign.CommissionRate = draft.CommissionRate!.Value;
        campaign.Contact = draft.Contact!;
        campaign.TargetShops = draft.TargetShops;
        campaign.TargetSellerTypes = draft.TargetSellerTypes;
    }

    private static void CheckEditable(Campaign campaign, JsonBody body, long now)
    {
        var status = campaign.StatusAt(now);
        if (status == CampaignStatus.Closed)
        {
            throw new ApiException(ErrorCodes.OperationDenied, "Operation denied: a CLOSED campaign can no longer be edited");
        }

        var startsMoved = (body.Long("campaign_start_time") is { } start && start != campaign.CampaignStart)
            || (body.Long("registration_start_time") is { } registration && registration != campaign.RegistrationStart);
        if (startsMoved && status is not (CampaignStatus.Ready or CampaignStatus.Upcoming))
        {
            throw new ApiException(ErrorCodes.OperationDenied, $"Operation denied: start times can only change while the campaign is READY or UPCOMING (it is {Campaign.StatusName(status)})");
        }
    }

    private static void Validate(CampaignDraft draft, string market)
    {
        if (string.IsNullOrWhiteSpace(draft.Name))
        {
            throw ApiException.Invalid("name is required");
        }

        if (draft.Name.Length >= 50)
        {
            throw ApiException.Invalid("name must be less than 50 characters");
        }

        if (string.IsNullOrWhiteSpace(draft.Description))
        {
            throw ApiException.Invalid("description is required");
        }

        if (draft.Description.Length >= 1000)
        {
            throw ApiException.Invalid("description must be less than 1000 characters");
        }

        CheckWindow(draft.CampaignStart, draft.CampaignEnd, "campaign", ErrorCodes.InvalidCampaignPeriod);
        CheckWindow(draft.RegistrationStart, draft.RegistrationEnd, "registration", ErrorCodes.InvalidRegistrationPeriod);
        if (draft.CommissionRate is not { } rate)
        {
            throw ApiException.Invalid("commission_rate is required");
        }

        if (rate is <= 100 or >= 8000)
        {
            throw ApiException.Invalid("commission_rate must be greater than 100 and less than 8000 (0.01 % units)");
        }

        if (string.IsNullOrWhiteSpace(draft.Contact?.Email))
        {
            throw ApiException.Invalid("contact_info.email is required");
        }

        var messenger = Markets.Messenger(market);
        var given = messenger switch
        {
            "zalo" => draft.Contact.Zalo,
            "viber" => draft.Contact.Viber,
            "line" => draft.Contact.Line,
            "whatsapp" => draft.Contact.Whatsapp,
            _ => "not needed",
        };
        if (string.IsNullOrWhiteSpace(given))
        {
            throw ApiException.Invalid($"contact_info.{messenger} is required for campaigns in {market}");
        }
    }

    private static void CheckWindow(long? start, long? end, string name, long code)
    {
        if (start is null || end is null)
        {
            throw ApiException.Invalid($"{name}_start_time and {name}_end_time are required");
        }

        var length = end.Value - start.Value;
        if (length < Day || length > 360 * Day)
        {
            throw new ApiException(code, $"Invalid {name} period: it must last from 1 to 360 days (end - start = {length} s)");
        }
    }

    private static List<Shop> Shops(SandboxWorld world, string market, IReadOnlyList<string> codes)
    {
        if (codes.Count >= 100)
        {
            throw new ApiException(ErrorCodes.InvalidSellerScope, "Invalid campaign seller scope: target_shop_codes must have fewer than 100 codes");
        }

        var shops = new List<Shop>();
        foreach (var code in codes.Distinct(StringComparer.Ordinal))
        {
            if (!world.ShopsByCode.TryGetValue(code, out var shop))
            {
                throw new ApiException(ErrorCodes.InvalidSellerScope, $"Invalid campaign seller scope: unknown shop code {code}");
            }

            if (!string.Equals(shop.Region, market, StringComparison.Ordinal))
            {
                throw new ApiException(ErrorCodes.RegionMismatch, $"Region mismatch: shop {code} sells in {shop.Region}, the campaign in {market}");
            }

            shops.Add(shop);
        }

        return shops;
    }

    private static List<string> SellerTypeList(IReadOnlyList<string> types)
    {
        foreach (var type in types)
        {
            if (!SellerTypes.Contains(type, StringComparer.Ordinal))
            {
                throw ApiException.Invalid("target_seller_types must contain only LOCAL or CROSS_BORDER");
            }
        }

        return [.. types.Distinct(StringComparer.Ordinal)];
    }

    private static string? Field(JsonBody info, string name, string? fallback) => info.Has(name) ? info.String(name) : fallback;
}
