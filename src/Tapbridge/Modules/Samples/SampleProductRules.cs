using Tapbridge.Modules.Creators;

namespace Tapbridge.Modules.Samples;

/// <summary>
/// One campaign product's own sample rules, where the agency wants them stricter or looser than its market's: who may
/// ask (followers, tier, posting rate) and how long a creator has to post after delivery. A rule left empty follows the
/// market's (<see cref="SamplePolicy"/>). The open samples per creator and the review deadline stay the market's: they
/// are about the creator and the desk, not the product.
/// </summary>
internal sealed class SampleProductRules
{
    private SampleProductRules()
    {
    }

    public Guid RegistrationId { get; private set; }
    public string MarketCode { get; private set; } = "";
    public int? MinFollowers { get; private set; }
    public CreatorTier? MinTier { get; private set; }
    public int? MinFulfilmentPercent { get; private set; }
    public int? ContentDays { get; private set; }
    public DateTimeOffset ChangedAt { get; private set; }
    public string ChangedBy { get; private set; } = "";
    public int Version { get; private set; }

    public SampleProductTerms Terms => new(MinFollowers, MinTier, MinFulfilmentPercent, ContentDays);

    public static SampleProductRules For(Guid registrationId, string market) =>
        new() { RegistrationId = registrationId, MarketCode = market };

    public void Change(SampleProductTerms terms, string by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(terms);
        SamplePolicy.RequireSensible(terms.MinFollowers, terms.MinTier, terms.MinFulfilmentPercent, terms.ContentDays);
        (MinFollowers, MinTier, MinFulfilmentPercent, ContentDays, ChangedAt, ChangedBy) =
            (terms.MinFollowers, terms.MinTier, terms.MinFulfilmentPercent, terms.ContentDays, now, by);
        Version++;
    }
}

/// <summary>A product's own sample rules as staff edit them; null follows the market's.</summary>
public sealed record SampleProductTerms(int? MinFollowers, CreatorTier? MinTier, int? MinFulfilmentPercent, int? ContentDays)
{
    public bool FollowsMarket => MinFollowers is null && MinTier is null && MinFulfilmentPercent is null && ContentDays is null;
}
