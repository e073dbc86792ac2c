using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Campaigns.Registrations;
using Tapbridge.Modules.Connections;
using Tapbridge.Modules.Sellers;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Campaigns.Review;

/// <summary>
/// The agency's review of registrations across campaigns: the queue with the facts a reviewer weighs, single and bulk
/// decisions, each sent to TikTok first when TikTok has the product, and the seller told by email and in the portal.
/// </summary>
public sealed class RegistrationReview(
    IDbContextFactory<TapbridgeDbContext> contexts, SellerDirectory sellers, PartnerConnection tiktok, ReviewNotifier notifier, TimeProvider clock)
{
    public const int MaxBulk = 100;

    public async Task<ReviewPage> QueueAsync(ReviewQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (page, size) = (Math.Clamp(query.Page, 1, 10_000), Math.Clamp(query.PageSize, 1, 100));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var registrations = db.Set<Registration>().AsNoTracking()
            .Where(r => query.Market == null || r.MarketCode == query.Market)
            .Where(r => query.CampaignId == null || r.CampaignId == query.CampaignId)
            .Where(r => query.CategoryId == null || r.CategoryId == query.CategoryId || r.TopCategoryId == query.CategoryId)
            .Where(r => query.SellerId == null || r.SellerId == query.SellerId)
            .Where(r => query.MinRate == null || r.TotalRate >= query.MinRate)
            .Where(r => query.MaxRate == null || r.TotalRate <= query.MaxRate);
        registrations = query.Status is { } status
            ? registrations.Where(r => r.Status == status)
            : registrations.Where(r => r.Status == RegistrationStatus.Pending || r.Status == RegistrationStatus.PendingClosed);
        if (query.Search?.Trim() is { Length: > 0 } search)
        {
            var pattern = LikePattern.Containing(Registration.Fold(search));
            registrations = registrations.Where(r => EF.Functions.Like(r.SearchText, pattern, LikePattern.Escape) || r.ProductId == search);
        }

        var total = await registrations.CountAsync(cancellationToken);
        var rows = await (from r in registrations
                          join c in db.Set<Campaign>().AsNoTracking() on r.CampaignId equals c.Id
                          orderby r.RegisteredAt, r.Id
                          select new { r, c }).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        var names = await sellers.NamesAsync(rows.Select(x => x.r.SellerId).OfType<Guid>(), cancellationToken);
        var now = clock.GetUtcNow();
        return new ReviewPage(rows.Select(x => RegistrationView.From(x.r, x.c, Name(names, x.r.SellerId), now)).ToList(), total, page, size);
    }

    /// <summary>How many registrations of the campaign are in each status.</summary>
    public async Task<IReadOnlyDictionary<RegistrationStatus, int>> CountsAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<Registration>().AsNoTracking().Where(r => r.CampaignId == campaignId)
            .GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
    }

    public async Task<RegistrationDetailView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var registration = await db.Set<Registration>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException("Registration");
        var campaign = await db.Set<Campaign>().AsNoTracking().SingleAsync(c => c.Id == registration.CampaignId, cancellationToken);
        var events = await db.Set<CampaignEvent>().AsNoTracking().Where(e => e.RegistrationId == id).ToListAsync(cancellationToken);
        var record = await RecordOfAsync(db, registration, cancellationToken);
        var names = await sellers.NamesAsync(registration.SellerId is { } s ? [s] : [], cancellationToken);
        return RegistrationDetailView.From(registration, campaign, Name(names, registration.SellerId), record, events, clock.GetUtcNow());
    }

    /// <summary>
    /// Records a decision. In a TikTok campaign TikTok is told first and nothing is saved if it refuses; once TikTok has
    /// accepted, the decision is saved even if a sync touched the row meanwhile (it is re-applied to the fresh row).
    /// </summary>
    public async Task<RegistrationView> DecideAsync(Actor actor, Guid id, ReviewRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var (db, registration, campaign) = await LoadAsync(id, cancellationToken);
        await using (db)
        {
            if (request.Version is { } expected && expected != registration.Version)
            {
                throw RuleViolationException.Say<CampaignsRules>("Review.ChangedMeanwhile", null);
            }

            var now = clock.GetUtcNow();
            var outcome = registration.Decide(campaign, request.Decision, request.Reasons ?? [], request.Comment, actor.DisplayName, now);
            if (registration.IsOnTikTok(campaign))
            {
                var partner = await tiktok.ForMarketAsync(campaign.MarketCode, cancellationToken)
                    ?? throw RuleViolationException.Say<CampaignsRules>("Review.MarketDisconnected", null, campaign.Market.Name);
                var (result, reasons) = Registration.ForTikTok(request.Decision, registration.RejectReasons);
                await TikTokRefusals.AsRuleAsync(() => partner.ReviewCampaignProductAsync(campaign.TikTokCampaignId!, registration.ProductId, result, reasons, cancellationToken), "Review");
                registration.DecisionSent();
                outcome += ". Sent to TikTok";
                SellerRegistrations.Record(db, registration, actor, RegistrationActions.Reviewed, outcome, now);
                registration = await SaveAcceptedAsync(db, registration, () => RetryAsync(actor, id, request, outcome, now, cancellationToken), cancellationToken);
            }
            else
            {
                SellerRegistrations.Record(db, registration, actor, RegistrationActions.Reviewed, outcome, now);
                await SellerRegistrations.SaveAsync(db, cancellationToken);
            }

            await notifier.DecidedAsync(registration, campaign, outcome, cancellationToken);
            var names = await sellers.NamesAsync(registration.SellerId is { } s ? [s] : [], cancellationToken);
            return RegistrationView.From(registration, campaign, Name(names, registration.SellerId), now);
        }
    }

    private static async Task<Registration> SaveAcceptedAsync(TapbridgeDbContext db, Registration registration, Func<Task<Registration>> retry, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return registration;
        }
        catch (DbUpdateConcurrencyException)
        {
            return await retry();
        }
    }

    /// <summary>TikTok took the decision but the row changed meanwhile: apply it to the fresh row (unless a sync already did).</summary>
    private async Task<Registration> RetryAsync(Actor actor, Guid id, ReviewRequest request, string outcome, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (db, registration, campaign) = await LoadAsync(id, cancellationToken);
        await using (db)
        {
            if (registration.Status is RegistrationStatus.Pending or RegistrationStatus.PendingClosed)
            {
                registration.Decide(campaign, request.Decision, request.Reasons ?? [], request.Comment, actor.DisplayName, now);
            }

            registration.DecisionSent();
            SellerRegistrations.Record(db, registration, actor, RegistrationActions.Reviewed, outcome, now);
            await SellerRegistrations.SaveAsync(db, cancellationToken);
            return registration;
        }
    }

    private async Task<(TapbridgeDbContext, Registration, Campaign)> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        var registration = await db.Set<Registration>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (registration is null)
        {
            await db.DisposeAsync();
            throw new NotFoundException("Registration");
        }

        var campaign = await db.Set<Campaign>().AsNoTracking().SingleAsync(c => c.Id == registration.CampaignId, cancellationToken);
        return (db, registration, campaign);
    }

    /// <summary>The same decision for many registrations; each succeeds or fails on its own, and the answer says which.</summary>
    public async Task<IReadOnlyList<BulkReviewResult>> DecideManyAsync(Actor actor, BulkReviewRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ids = request.RegistrationIds.Distinct().ToList();
        if (ids.Count is 0 or > MaxBulk)
        {
            throw RuleViolationException.Say<CampaignsRules>("Review.BulkCount", "registrationIds", MaxBulk);
        }

        var results = new List<BulkReviewResult>();
        foreach (var id in ids)
        {
            try
            {
                var view = await DecideAsync(actor, id, new ReviewRequest(request.Decision, request.Reasons, request.Comment), cancellationToken);
                results.Add(new BulkReviewResult(id, view.Status, null));
            }
            catch (Exception e) when (e is RuleViolationException or NotFoundException)
            {
                results.Add(new BulkReviewResult(id, null, e.Message));
            }
        }

        return results;
    }

    public async Task<RegistrationView> AcceptTikTokTermsAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var registration = await db.Set<Registration>().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException("Registration");
        var campaign = await db.Set<Campaign>().AsNoTracking().SingleAsync(c => c.Id == registration.CampaignId, cancellationToken);
        var now = clock.GetUtcNow();
        SellerRegistrations.Record(db, registration, actor, RegistrationActions.ConflictResolved, registration.AcceptTikTokTerms(campaign, now), now);
        await SellerRegistrations.SaveAsync(db, cancellationToken);
        return RegistrationView.From(registration, campaign, null, now);
    }

    private static async Task<SellerRecord?> RecordOfAsync(TapbridgeDbContext db, Registration registration, CancellationToken cancellationToken)
    {
        var others = registration.SellerId is { } seller
            ? db.Set<Registration>().AsNoTracking().Where(r => r.SellerId == seller)
            : db.Set<Registration>().AsNoTracking().Where(r => r.SellerId == null && r.MarketCode == registration.MarketCode && r.ShopName == registration.ShopName);
        var counts = await others.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return new SellerRecord(
            counts.GetValueOrDefault(RegistrationStatus.Approved) + counts.GetValueOrDefault(RegistrationStatus.PendingClosed),
            counts.GetValueOrDefault(RegistrationStatus.Rejected),
            counts.GetValueOrDefault(RegistrationStatus.Pending),
            counts.GetValueOrDefault(RegistrationStatus.Closed));
    }

    private static string? Name(IReadOnlyDictionary<Guid, string> names, Guid? seller) => seller is { } id ? names.GetValueOrDefault(id) : null;
}

/// <summary>Queue filters; no status means what awaits a decision (pending registrations and close requests).</summary>
public sealed record ReviewQuery
{
    public string? Market { get; init; }
    public Guid? CampaignId { get; init; }
    public string? CategoryId { get; init; }
    public Guid? SellerId { get; init; }
    public int? MinRate { get; init; }
    public int? MaxRate { get; init; }
    public RegistrationStatus? Status { get; init; }
    public string? Search { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 25;
}

public sealed record ReviewPage(IReadOnlyList<RegistrationView> Items, int Total, int Page, int PageSize);

/// <summary>A decision; <see cref="Version"/>, when given, refuses it if the registration changed since it was read.</summary>
public sealed record ReviewRequest(ReviewDecision Decision, IReadOnlyList<RejectReason>? Reasons = null, string? Comment = null, int? Version = null);

public sealed record BulkReviewRequest(IReadOnlyList<Guid> RegistrationIds, ReviewDecision Decision, IReadOnlyList<RejectReason>? Reasons = null, string? Comment = null);

/// <summary>One registration's outcome in a bulk review: its new status, or why it was refused.</summary>
public sealed record BulkReviewResult(Guid RegistrationId, RegistrationStatus? Status, string? Error);
