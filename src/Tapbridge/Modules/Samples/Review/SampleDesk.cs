using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Creators;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;
using static Tapbridge.Platform.RuleViolationException;

using Tapbridge.Modules.Samples.Returns;

namespace Tapbridge.Modules.Samples.Review;

/// <summary>
/// The agency's sample desk: the queue with everything a reviewer weighs (the creator's reach, tier, niches and record,
/// the product's quota left, the review deadline), decisions one by one or in bulk, and shipments recorded for samples
/// sent outside TikTok — by the agency, or by the product's seller.
/// </summary>
internal sealed class SampleDesk(
    IDbContextFactory<TapbridgeDbContext> contexts, SamplePolicies policies, SampleNotifier notifier, TimeProvider clock)
{
    public const int MaxBulk = 100;

    /// <summary>
    /// The desk counts the rows of a list up to this many (400 pages): counting all 200,000 samples of a big agency
    /// took PostgreSQL 37 ms per page turn, and nobody pages past the first few hundred.
    /// </summary>
    public const int MaxCounted = 10_000;

    public async Task<SampleDeskPage> QueueAsync(SampleQuery query, Guid? sellerId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var now = clock.GetUtcNow();
        var size = Math.Clamp(query.PageSize, 1, 100);
        var page = Math.Max(1, query.Page);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Filters are added only when asked for: an "@p IS NULL OR column = @p" test keeps SQLite off the indexes.
        var all = db.Set<SampleRequest>().AsNoTracking();
        all = sellerId is null ? all : all.Where(s => s.SellerId == sellerId);
        all = query.Market is null ? all : all.Where(s => s.MarketCode == query.Market);
        var waiting = all.Where(s => s.Stage == SampleStage.Requested);
        var rows = query.Stage is { } stage ? all.Where(s => s.Stage == stage) : all;
        rows = !query.OverdueOnly ? rows : rows.Where(s => (s.Stage == SampleStage.Requested && s.ReviewDueAt < now)
            || (s.Stage == SampleStage.ContentDue && s.ContentDueAt < now));
        rows = query.AwaitingTikTokOnly != true ? rows : rows.Where(s => s.AwaitingTikTok);
        var ordered = (query.Stage == SampleStage.Requested
                ? rows.OrderBy(s => s.ReviewDueAt)
                : rows.OrderByDescending(s => s.RequestedAt))
            .ThenBy(s => s.Id);
        var total = await ordered.Take(MaxCounted).CountAsync(cancellationToken);
        var samples = await ordered.Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new SampleDeskPage(
            await ItemsAsync(db, samples, now, sellerId is not null, cancellationToken), total,
            await waiting.CountAsync(cancellationToken), await waiting.CountAsync(s => s.ReviewDueAt < now, cancellationToken),
            await all.CountAsync(s => s.Stage == SampleStage.ContentDue && s.ContentDueAt < now, cancellationToken),
            await all.CountAsync(s => s.AwaitingTikTok, cancellationToken));
    }

    public async Task<SampleQueueItem> GetAsync(Guid id, Guid? sellerId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sample = await db.Set<SampleRequest>().AsNoTracking()
            .SingleOrDefaultAsync(s => s.Id == id && (sellerId == null || s.SellerId == sellerId), cancellationToken)
            ?? throw new NotFoundException("Sample");
        return (await ItemsAsync(db, [sample], clock.GetUtcNow(), sellerId is not null, cancellationToken)).Single();
    }

    /// <summary>
    /// Decides each sample on its own: one that cannot be decided (already decided, say) is reported and the rest go
    /// through.
    /// </summary>
    public async Task<IReadOnlyList<SampleDecisionOutcome>> DecideAsync(
        Actor actor, SampleDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(decision);
        var ids = (decision.SampleIds ?? []).Distinct().ToList();
        Require<SamplesRules>(ids.Count is >= 1 and <= MaxBulk, "sampleIds", "Decide.Count", MaxBulk);
        Require<SamplesRules>(decision.Approve || decision.Reason is not null, "reason", "Reject.Reason");
        Require<SamplesRules>(decision.Reason is null || Enum.IsDefined(decision.Reason.Value), "reason", "Reject.Reason");
        var outcomes = new List<SampleDecisionOutcome>();
        foreach (var id in ids)
        {
            try
            {
                var sample = await ChangeAsync(id, null, (s, _, now) =>
                {
                    if (decision.Approve)
                    {
                        s.Approve(actor.DisplayName, now);
                    }
                    else
                    {
                        s.Reject(actor.DisplayName, decision.Reason!.Value, decision.Note, now);
                    }
                }, cancellationToken);
                await notifier.DecidedAsync(sample, cancellationToken);
                outcomes.Add(new SampleDecisionOutcome(id, true, null));
            }
            catch (Exception e) when (e is RuleViolationException or NotFoundException or DbUpdateConcurrencyException)
            {
                outcomes.Add(new SampleDecisionOutcome(id, false, e.Message));
            }
        }

        return outcomes;
    }

    public async Task<SampleQueueItem> ShipAsync(Guid id, Guid? sellerId, SampleShipment shipment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        var sample = await ChangeAsync(id, sellerId, (s, _, now) =>
        {
            Require<SamplesRules>(!s.OnTikTok, null, "Ship.TikTokShips");
            s.Ship(shipment.Carrier ?? "", shipment.TrackingNumber ?? "", shipment.ShippingCost, now);
        }, cancellationToken);
        await notifier.ShippedAsync(sample, cancellationToken);
        return await GetAsync(id, sellerId, cancellationToken);
    }

    public async Task<SampleQueueItem> DeliveredAsync(Guid id, Guid? sellerId, CancellationToken cancellationToken)
    {
        var sample = await ChangeAsync(id, sellerId, (s, policy, now) =>
        {
            Require<SamplesRules>(!s.OnTikTok, null, "Deliver.TikTokTracks");
            s.Deliver(now, policy.ContentTime);
        }, cancellationToken);
        await notifier.DeliveredAsync(sample, cancellationToken);
        return await GetAsync(id, sellerId, cancellationToken);
    }

    private async Task<SampleRequest> ChangeAsync(
        Guid id, Guid? sellerId, Action<SampleRequest, SamplePolicy, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sample = await db.Set<SampleRequest>()
            .SingleOrDefaultAsync(s => s.Id == id && (sellerId == null || s.SellerId == sellerId), cancellationToken)
            ?? throw new NotFoundException("Sample");
        var held = sample.HoldsQuota;
        change(sample, await policies.ForProductAsync(sample.MarketCode, sample.RegistrationId, cancellationToken), clock.GetUtcNow());
        await db.InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync(cancellationToken);
            if (held && !sample.HoldsQuota)
            {
                await SampleQuotas.ReleaseAsync(db, sample.RegistrationId, cancellationToken);
            }

            return true;
        }, cancellationToken);
        return sample;
    }

    /// <summary>A seller sees where a sample goes only while it is theirs to ship, never before the agency approved it.</summary>
    private static SampleView ForReader(SampleView view, bool forSeller) =>
        forSeller && view.Stage is not (SampleStage.AwaitingShipment or SampleStage.Shipped)
            ? view with { ShipTo = new SampleShipTo("", "", "") }
            : view;

    private static async Task<IReadOnlyList<SampleQueueItem>> ItemsAsync(
        TapbridgeDbContext db, IReadOnlyList<SampleRequest> samples, DateTimeOffset now, bool forSeller,
        CancellationToken cancellationToken)
    {
        var creatorIds = samples.Select(s => s.CreatorId).Distinct().ToList();
        var registrationIds = samples.Select(s => s.RegistrationId).Distinct().ToList();
        var creators = await db.Set<Creator>().AsNoTracking().Where(c => creatorIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Handle, c.DisplayName, c.FollowerCount, c.Tier, c.Niches })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var records = await SampleRecords.OfAsync(db, creatorIds, now, cancellationToken);
        var past = await db.Set<SampleRequest>().AsNoTracking().Where(s => creatorIds.Contains(s.CreatorId) && s.DeliveredAt != null)
            .GroupBy(s => s.CreatorId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var quotas = await db.Set<Campaigns.Registration>().AsNoTracking().Where(r => registrationIds.Contains(r.Id))
            .Select(r => new { r.Id, r.SampleQuota }).ToDictionaryAsync(r => r.Id, r => r.SampleQuota, cancellationToken);
        var booked = await SampleQuotas.BookedAsync(db, registrationIds, cancellationToken);
        var page = await SamplePage.ForAsync(db, samples, cancellationToken);
        // A seller is not told what a creator's samples of other sellers' products led to.
        var returns = forSeller ? [] : await SampleReturns.OfCreatorsAsync(db, creatorIds, cancellationToken);
        return samples.Select(s =>
        {
            var c = creators[s.CreatorId];
            var quota = quotas.GetValueOrDefault(s.RegistrationId);
            return new SampleQueueItem(
                ForReader(page.View(s, now, forSeller ? SampleReader.Seller : SampleReader.Staff), forSeller),
                new SampleCreator(s.CreatorId, c.Handle, c.DisplayName, c.FollowerCount, c.Tier, c.Niches,
                    records.GetValueOrDefault(s.CreatorId, new SampleFulfilment(0, 0, 0)), past.GetValueOrDefault(s.CreatorId),
                    forSeller ? null : returns.GetValueOrDefault(s.CreatorId)),
                quota, Math.Max(0, quota - booked.GetValueOrDefault(s.RegistrationId)), Market.Get(s.MarketCode).Currency);
        }).ToList();
    }
}
