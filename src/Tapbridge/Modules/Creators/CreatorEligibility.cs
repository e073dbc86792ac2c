namespace Tapbridge.Modules.Creators;

/// <summary>A market's bar for creators: the follower minimum (default 1,000, TikTok's affiliate floor in the US).</summary>
internal sealed class CreatorEligibility
{
    public const int DefaultMinimumFollowers = 1_000;

    private CreatorEligibility()
    {
    }

    public string MarketCode { get; private set; } = "";
    public int MinimumFollowers { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";

    public static CreatorEligibility For(string market, int minimumFollowers, string staff, DateTimeOffset now)
    {
        var eligibility = new CreatorEligibility { MarketCode = market };
        eligibility.Change(minimumFollowers, staff, now);
        return eligibility;
    }

    public void Change(int minimumFollowers, string staff, DateTimeOffset now)
    {
        if (minimumFollowers is < 0 or > 10_000_000)
        {
            throw Platform.RuleViolationException.Say<CreatorsRules>("Eligibility.Minimum", "minimumFollowers");
        }

        (MinimumFollowers, UpdatedBy, UpdatedAt) = (minimumFollowers, staff, now);
    }
}

/// <summary>One entry of a creator's onboarding trail: who did what, when.</summary>
internal sealed class CreatorEvent
{
    private CreatorEvent()
    {
    }

    public Guid Id { get; private set; }
    public Guid CreatorId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string ActorName { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string Details { get; private set; } = "";

    public static CreatorEvent Record(Guid creatorId, string actorName, string action, string details, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        CreatorId = creatorId,
        At = now,
        ActorName = actorName.Length > 120 ? actorName[..120] : actorName,
        Action = action,
        Details = details.Length > 1000 ? details[..1000] : details,
    };
}
