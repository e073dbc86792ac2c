using System.Text.Json.Serialization;

namespace Tapbridge.Modules.Campaigns;

/// <summary>TikTok's campaign status: READY (not published) → UPCOMING → ONGOING → CLOSED.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CampaignStatus>))]
public enum CampaignStatus
{
    Ready,
    Upcoming,
    Ongoing,
    Closed,
}

[JsonConverter(typeof(JsonStringEnumConverter<TargetSellerType>))]
public enum TargetSellerType
{
    Local,
    CrossBorder,
}
