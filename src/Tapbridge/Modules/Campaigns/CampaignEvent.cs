namespace Tapbridge.Modules.Campaigns;

/// <summary>One entry of a campaign's audit trail: who did what, when, and what it changed.</summary>
internal sealed class CampaignEvent
{
    private CampaignEvent()
    {
    }

    public Guid Id { get; private set; }
    public Guid CampaignId { get; private set; }

    /// <summary>Set when the event is about one product registration of the campaign.</summary>
    public Guid? RegistrationId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid ActorId { get; private set; }
    public string ActorName { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string Details { get; private set; } = "";

    public static CampaignEvent Record(Guid campaignId, Guid actorId, string actorName, string action, string details, DateTimeOffset now, Guid? registrationId = null) => new()
    {
        Id = Guid.CreateVersion7(now),
        CampaignId = campaignId,
        RegistrationId = registrationId,
        At = now,
        ActorId = actorId,
        ActorName = actorName,
        Action = action,
        Details = details.Length > 2000 ? details[..2000] : details,
    };
}
