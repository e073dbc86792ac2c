namespace Tapbridge.Modules.Campaigns;

/// <summary>What an agency sets on a campaign. Instants are UTC; rates are in 0.01 % units, as TikTok sends them.</summary>
public sealed record CampaignTerms
{
    public required string Name { get; init; }
    public required string Description { get; init; }
    public required DateTimeOffset RegistrationStart { get; init; }
    public required DateTimeOffset RegistrationEnd { get; init; }
    public required DateTimeOffset CampaignStart { get; init; }
    public required DateTimeOffset CampaignEnd { get; init; }

    /// <summary>The total commission sellers must offer, 0.01 % units (TikTok: more than 100, less than 8000).</summary>
    public required int CommissionRate { get; init; }
    public required string ContactEmail { get; init; }

    /// <summary>The market's messenger number: Zalo (VN), Viber (PH), LINE (TH), WhatsApp (MY, SG, ID); optional elsewhere.</summary>
    public string? ContactMessenger { get; init; }
    public string? ContactPhone { get; init; }
    public IReadOnlyList<string> TargetShopCodes { get; init; } = [];
    public IReadOnlyList<TargetSellerType> TargetSellerTypes { get; init; } = [];
}
