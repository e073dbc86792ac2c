using System.Threading.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Showcase.Links;

/// <summary>Where a short link goes and whose it is. <see cref="Until"/> is when its campaign ends (or ended early).</summary>
public sealed record LinkTarget(Guid ItemId, Guid CreatorId, Guid RegistrationId, Market Market, string TikTokLink, DateTimeOffset Until);

/// <summary>A short link lookup: the target, none (unknown code), or refused because the address looked up too many codes.</summary>
internal sealed record LinkLookup(LinkTarget? Target, bool Throttled);

/// <summary>
/// Short link lookups, cached briefly in each instance: a link's target never changes, and a campaign closing early
/// shows within a minute. Unknown codes are cached too, and each client address may look up at most
/// <see cref="LookupsPerMinute"/> codes that are not cached, so guessing cannot load the database; the cache holds at
/// most <see cref="MaxEntries"/> codes, so it cannot exhaust memory either.
/// </summary>
internal sealed class LinkTargets(IDbContextFactory<TapbridgeDbContext> contexts) : IDisposable
{
    public const int MaxEntries = 100_000;
    public const int LookupsPerMinute = 60;
    private static readonly TimeSpan Known = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Unknown = TimeSpan.FromSeconds(30);
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxEntries });
    private readonly PartitionedRateLimiter<string> lookups = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetTokenBucketLimiter(address, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = LookupsPerMinute, TokensPerPeriod = LookupsPerMinute, ReplenishmentPeriod = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true,
        }));

    public async ValueTask<LinkLookup> LookUpAsync(string code, string clientAddress, CancellationToken cancellationToken)
    {
        if (!ShortCode.IsWellFormed(code))
        {
            return new LinkLookup(null, false);
        }

        if (cache.TryGetValue(code, out LinkTarget? cached))
        {
            return new LinkLookup(cached, false);
        }

        using var permit = lookups.AttemptAcquire(clientAddress);
        if (!permit.IsAcquired)
        {
            return new LinkLookup(null, true);
        }

        var target = await QueryAsync(code, cancellationToken);
        cache.Set(code, target, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = target is null ? Unknown : Known });
        return new LinkLookup(target, false);
    }

    private async Task<LinkTarget?> QueryAsync(string code, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await (from item in db.Set<ShowcaseItem>()
                           join campaign in db.Set<Campaign>() on item.CampaignId equals campaign.Id
                           where item.Code == code
                           select new { item.Id, item.CreatorId, item.RegistrationId, item.MarketCode, item.TikTokLink, campaign.CampaignEnd, campaign.ClosedAt })
            .AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : new LinkTarget(found.Id, found.CreatorId, found.RegistrationId, Market.Get(found.MarketCode), found.TikTokLink,
            found.ClosedAt is { } closed && closed < found.CampaignEnd ? closed : found.CampaignEnd);
    }

    public void Dispose()
    {
        cache.Dispose();
        lookups.Dispose();
    }
}
