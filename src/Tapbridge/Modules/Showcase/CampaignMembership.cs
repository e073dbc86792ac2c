namespace Tapbridge.Modules.Showcase;

/// <summary>A creator joined a campaign by accepting its terms, once; the terms as shown are kept for the record.</summary>
internal sealed class CampaignMembership
{
    private CampaignMembership()
    {
    }

    public Guid CreatorId { get; private set; }
    public Guid CampaignId { get; private set; }
    public DateTimeOffset AcceptedAt { get; private set; }
    public string AcceptedTerms { get; private set; } = "";

    public static CampaignMembership Accept(Guid creatorId, Guid campaignId, IReadOnlyList<string> terms, DateTimeOffset now) =>
        new() { CreatorId = creatorId, CampaignId = campaignId, AcceptedAt = now, AcceptedTerms = string.Join('\n', terms) };
}
