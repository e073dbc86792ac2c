using System.Text.Json.Serialization;
using Tapbridge.TikTokShop.Json;

namespace Tapbridge.TikTokShop.Partner;

/// <summary>TAP campaign status: READY (created, unpublished) → UPCOMING (published) → ONGOING → CLOSED.</summary>
public enum CampaignStatus
{
    Unspecified,
    Ready,
    Upcoming,
    Ongoing,
    Closed,
}

public enum SellerType
{
    Local,
    CrossBorder,
}

/// <summary>The messenger contacts TikTok requires per market (zalo VN, viber PH, line TH, whatsapp MY/SG/ID/GB).</summary>
public sealed record ContactInfo
{
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Whatsapp { get; init; }
    public string? Zalo { get; init; }
    public string? Viber { get; init; }
    public string? Line { get; init; }
}

/// <summary>Body of Create (all required) and Edit (all optional) Affiliate Partner Campaign. Times are Unix seconds.</summary>
public sealed record CampaignFields
{
    public string? Name { get; init; }
    public string? Description { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? CampaignStartTime { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? CampaignEndTime { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? RegistrationStartTime { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? RegistrationEndTime { get; init; }

    /// <summary>Total commission asked of sellers, in 0.01 % units (101–7999).</summary>
    public int? CommissionRate { get; init; }
    public ContactInfo? ContactInfo { get; init; }
    public IReadOnlyList<string>? TargetShopCodes { get; init; }
    public IReadOnlyList<SellerType>? TargetSellerTypes { get; init; }
}

public sealed record CreatedCampaign(string CampaignId);

/// <summary>A campaign as Get Affiliate Partner Campaign List returns it.</summary>
public record CampaignSummary
{
    public string Id { get; init; } = "";
    public string Name { get; init; } = "";
    public CampaignStatus Status { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? RegistrationStartTime { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? RegistrationEndTime { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? CampaignStartTime { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? CampaignEndTime { get; init; }
}

/// <summary>The campaign as Get Affiliate Partner Campaign Detail returns it: the list entry and the rest of its fields.</summary>
public sealed record CampaignDetail : CampaignSummary
{
    public string Description { get; init; } = "";
    public string Region { get; init; } = "";
    public int CommissionRate { get; init; }
    public ContactInfo? ContactInfo { get; init; }
    public IReadOnlyList<TargetShop> TargetShops { get; init; } = [];
    public IReadOnlyList<SellerType> TargetSellerTypes { get; init; } = [];
}

public sealed record TargetShop(string Code, string Name);

internal sealed record CampaignList(IReadOnlyList<CampaignSummary>? Campaigns, string? NextPageToken, int? TotalCount);

public sealed record CategoryAsset(string Cipher, string TargetMarket, BusinessCategory? Category);

public sealed record BusinessCategory(long Id, string Name);

internal sealed record CategoryAssetList(IReadOnlyList<CategoryAsset>? CategoryAssets);
