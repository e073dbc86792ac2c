using System.Text.Json.Serialization;

namespace Tapbridge.Modules.Creators;

/// <summary>Where a creator stands with the agency. A creator may work with other agencies in any state.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CreatorStatus>))]
public enum CreatorStatus
{
    /// <summary>Signed up; waiting for handle proof, eligibility and the agency's review.</summary>
    Pending,
    Approved,
    Rejected,
    Suspended,
}

/// <summary>How the creator proved the TikTok handle is theirs.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HandleProof>))]
public enum HandleProof
{
    None,

    /// <summary>The one-time code was in the TikTok bio and a staff member saw it there.</summary>
    BioCode,

    /// <summary>The creator authorized Tapbridge in TikTok and the authorized account is this handle.</summary>
    TikTokAuthorization,
}

/// <summary>What a creator makes content about; the marketplace uses it to put matching categories first.</summary>
public static class CreatorNiches
{
    public static readonly IReadOnlyList<(string Id, string Name)> All =
    [
        ("beauty", "Beauty & personal care"),
        ("fashion", "Fashion"),
        ("home", "Home & living"),
        ("tech", "Phones & electronics"),
        ("food", "Food & drinks"),
        ("fitness", "Sports & fitness"),
        ("baby", "Mom & baby"),
        ("pets", "Pets"),
        ("gaming", "Gaming"),
        ("lifestyle", "Lifestyle"),
    ];

    public static string Name(string id) => All.FirstOrDefault(n => n.Id == id).Name ?? id;
}
