namespace Tapbridge.Modules.Commissions.Bonuses;

/// <summary>Staff set a campaign's bonus: an amount per order line in minor units, after the first <see cref="Threshold"/> lines.</summary>
public sealed record CampaignBonusChange(long? AmountPerOrder, int? Threshold);

/// <summary>A campaign's bonus rule and, once settled, what it paid.</summary>
public sealed record CampaignBonusView(
    Guid CampaignId, string Campaign, string Market, string Currency, long AmountPerOrder, int Threshold, DateTimeOffset CampaignStart, DateTimeOffset CampaignEnd,
    DateTimeOffset SettlesAt, string SetBy, DateTimeOffset SetAt, DateTimeOffset? SettledAt, int CreatorsPaid, long TotalPaid);

/// <summary>Where a creator stands in a campaign bonus not settled yet: the order lines so far and the bonus they would earn now.</summary>
public sealed record BonusProgress(
    Guid CampaignId, string Campaign, string Currency, long AmountPerOrder, int Threshold, int Orders, long ProvisionalBonus, DateTimeOffset CampaignEnd, DateTimeOffset SettlesAt);
