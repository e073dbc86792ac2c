namespace Tapbridge.Modules.Performance.Activity;

/// <summary>
/// A creator's order lines of one product on one day (her market's date), summed. The database keeps these rows on every
/// write to <c>order_lines</c> (<see cref="ActivityTotals"/>); the code only reads them.
/// </summary>
internal sealed class CreatorSalesDay
{
    private CreatorSalesDay()
    {
    }

    public Guid CreatorId { get; private set; }
    public DateOnly Day { get; private set; }

    /// <summary>The campaign product, or <see cref="Guid.Empty"/> for a sale outside the agency's campaigns.</summary>
    public Guid RegistrationId { get; private set; }

    /// <summary>Lines not cancelled.</summary>
    public int Orders { get; private set; }

    /// <summary>The commission base of the lines not cancelled: TikTok's actual once completed, its estimate before.</summary>
    public long Gmv { get; private set; }

    /// <summary>The creator commission and reward TikTok pays her, actual once completed, estimated before.</summary>
    public long TikTokCommission { get; private set; }

    /// <summary>The agency-funded share she holds (not void).</summary>
    public long AgencyShare { get; private set; }
}

/// <summary>Clicks on a creator's short link for one product on one day, kept like <see cref="CreatorSalesDay"/>.</summary>
internal sealed class CreatorClickDay
{
    private CreatorClickDay()
    {
    }

    public Guid CreatorId { get; private set; }
    public DateOnly Day { get; private set; }
    public Guid RegistrationId { get; private set; }
    public int Clicks { get; private set; }
}

/// <summary>From <see cref="StartsAt"/> on, the market's clock is <see cref="OffsetMs"/> ahead of UTC.</summary>
internal sealed class MarketOffset
{
    private MarketOffset()
    {
    }

    public string MarketCode { get; private set; } = "";
    public DateTimeOffset StartsAt { get; private set; }
    public long OffsetMs { get; private set; }
}

/// <summary>
/// A creator's posts of one product first published on one day (her market's date), with their latest counts summed;
/// kept by the database on every write to <c>content_posts</c>, like <see cref="CreatorSalesDay"/>.
/// </summary>
internal sealed class CreatorContentDay
{
    private CreatorContentDay()
    {
    }

    public Guid CreatorId { get; private set; }
    public DateOnly Day { get; private set; }
    public Guid RegistrationId { get; private set; }
    public int Posts { get; private set; }
    public long Views { get; private set; }
    public long Likes { get; private set; }
    public long Comments { get; private set; }
    public int Orders { get; private set; }
    public long Gmv { get; private set; }
}
