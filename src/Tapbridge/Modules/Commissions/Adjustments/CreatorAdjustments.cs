using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Agency;
using Tapbridge.Modules.Creators;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;
using static Tapbridge.Platform.RuleViolationException;

namespace Tapbridge.Modules.Commissions.Adjustments;

/// <summary>
/// Finance's adjustments: post one for a creator, reverse a mistaken one, list them. A request carries an idempotency
/// key: the same key again answers with what it posted the first time, and with anything else posts nothing. A creator
/// sees only their own, posted by "the agency".
/// </summary>
internal sealed class CreatorAdjustments(IDbContextFactory<TapbridgeDbContext> contexts, AgencyDirectory agency, TimeProvider clock, ILogger<CreatorAdjustments> logger)
{
    /// <summary>Who posted an adjustment, as its creator reads it: staff names stay inside the agency.</summary>
    public const string TheAgency = "The agency";

    public async Task<AdjustmentPosted> PostAsync(Actor actor, AdjustmentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        var market = await agency.RequireMarketAsync(request.Market, cancellationToken);
        var creatorId = request.CreatorId ?? throw Say<CommissionsRules>("Adjustment.NameCreator", "creatorId");
        var amount = request.Amount ?? throw Say<CommissionsRules>("Adjustment.AmountRequired", "amount", market.Currency);
        return await SaveAsync(request.IdempotencyKey, a => a.IsSameRequest(creatorId, market.Code, amount, request.Reason, request.Reference, null), async db =>
        {
            await RequireCreatorAsync(db, creatorId, market, cancellationToken);
            var schedule = await PayoutSchedules.ForAsync(db, market, cancellationToken);
            return CreatorAdjustment.Post(market, creatorId, amount, request.Reason, request.Reference, request.IdempotencyKey, actor, clock.GetUtcNow(), schedule.Calendar);
        }, cancellationToken);
    }

    public async Task<AdjustmentPosted> ReverseAsync(Actor actor, Guid id, ReversalRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        return await SaveAsync(request.IdempotencyKey, a => a.IsSameReversal(id, request.Reason), async db =>
        {
            var original = await db.Set<CreatorAdjustment>().AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new NotFoundException("Adjustment");
            Require<CommissionsRules>(!await db.Set<CreatorAdjustment>().AnyAsync(a => a.ReversesId == id, cancellationToken), null, "Adjustment.AlreadyReversed");
            var schedule = await PayoutSchedules.ForAsync(db, original.Market, cancellationToken);
            return original.Reverse(request.Reason, request.IdempotencyKey, actor, clock.GetUtcNow(), schedule.Calendar);
        }, cancellationToken);
    }

    /// <summary>A creator's own adjustments, newest first; for staff, one creator's or (without one) the latest 200 of all.</summary>
    public async Task<IReadOnlyList<AdjustmentView>> ListAsync(Actor actor, Guid? creatorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var creator = actor.Kind switch
        {
            OrganizationKind.Creator => actor.OrganizationId,
            OrganizationKind.Agency => creatorId,
            OrganizationKind.Seller => throw new UnauthorizedAccessException("Sellers do not see creators' adjustments."),
        };
        var query = db.Set<CreatorAdjustment>().AsNoTracking().Where(a => creator == null || a.CreatorId == creator);
        if (creator is null)
        {
            query = query.OrderByDescending(a => a.PostedAt).ThenByDescending(a => a.Id).Take(200);
        }

        return await ViewsAsync(db, query, actor.Kind == OrganizationKind.Creator, cancellationToken);
    }

    public async Task<AdjustmentView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await ViewsAsync(db, db.Set<CreatorAdjustment>().AsNoTracking().Where(a => a.Id == id), false, cancellationToken)).SingleOrDefault()
            ?? throw new NotFoundException("Adjustment");
    }

    /// <summary>The approved (or suspended) creators of a market whose handle or name contains <paramref name="search"/>.</summary>
    public async Task<IReadOnlyList<AdjustableCreator>> FindCreatorsAsync(string market, string? search, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var creators = db.Set<Creator>().AsNoTracking().Where(c => c.MarketCode == market && (c.Status == CreatorStatus.Approved || c.Status == CreatorStatus.Suspended));
        if (search?.Trim().TrimStart('@').ToLowerInvariant() is { Length: > 0 } term)
        {
            var pattern = LikePattern.Containing(term);
            creators = creators.Where(c => EF.Functions.Like(c.SearchText, pattern, LikePattern.Escape));
        }

        return await creators.OrderBy(c => c.Handle).Take(20).Select(c => new AdjustableCreator(c.Id, c.Handle, c.DisplayName, c.MarketCode)).ToListAsync(cancellationToken);
    }

    /// <summary>The idempotency key of an API request: the Idempotency-Key header, or the body's field; both, they must agree.</summary>
    public static string? Key(string? header, string? body)
    {
        Require<CommissionsRules>(header is null || body is null || header.Trim() == body.Trim(), "Idempotency-Key", "Adjustment.KeyMismatch");
        return header ?? body;
    }

    /// <summary>An amount typed in the market's currency as minor units, refused when it has more decimals than the currency.</summary>
    public static long MinorUnits(Market market, decimal amount)
    {
        ArgumentNullException.ThrowIfNull(market);
        var minor = market.ToMinorBounded(amount);
        Require<CommissionsRules>(market.ToMajor(minor) == amount, "amount", market.MinorUnits == 0 ? "Amount.NoDecimals" : "Amount.Decimals", market.Currency, market.MinorUnits);
        return minor;
    }

    internal static async Task<List<AdjustmentView>> ViewsAsync(TapbridgeDbContext db, IQueryable<CreatorAdjustment> query, bool forCreator, CancellationToken cancellationToken)
    {
        var adjustments = await query.OrderByDescending(a => a.PostedAt).ThenByDescending(a => a.Id).ToListAsync(cancellationToken);
        var ids = adjustments.Select(a => a.Id).ToList();
        var reversals = await db.Set<CreatorAdjustment>().AsNoTracking().Where(r => r.ReversesId != null && ids.Contains(r.ReversesId.Value))
            .ToDictionaryAsync(r => r.ReversesId!.Value, r => r.Id, cancellationToken);
        var creatorIds = adjustments.Select(a => a.CreatorId).Distinct().ToList();
        var handles = await db.Set<Creator>().AsNoTracking().Where(c => creatorIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Handle, cancellationToken);
        return adjustments.Select(a => new AdjustmentView(a.Id, a.CreatorId, handles.GetValueOrDefault(a.CreatorId), a.MarketCode, a.Currency, a.Amount, a.Reason, a.Reference,
            a.ReversesId, reversals.TryGetValue(a.Id, out var r) ? r : null, a.Stage, forCreator ? TheAgency : a.PostedBy, a.PostedAt, a.PayDate, a.PayableAt, a.CampaignId)
        {
            ReasonPhrase = a.CampaignId is null ? null : PhraseReader.BonusReason(a.Reason),
        }).ToList();
    }

    private static async Task RequireCreatorAsync(TapbridgeDbContext db, Guid creatorId, Market market, CancellationToken cancellationToken)
    {
        var creator = await db.Set<Creator>().AsNoTracking().Where(c => c.Id == creatorId).Select(c => new { c.Handle, c.MarketCode, c.Status }).SingleOrDefaultAsync(cancellationToken);
        Require<CommissionsRules>(creator is not null, "creatorId", "Adjustment.NoSuchCreator");
        Require<CommissionsRules>(creator!.MarketCode == market.Code, "market", "Adjustment.OtherMarket", creator.Handle, Market.Get(creator.MarketCode).Name, market.Name);
        Require<CommissionsRules>(creator.Status is CreatorStatus.Approved or CreatorStatus.Suspended, "creatorId", "Adjustment.CreatorNotApproved", creator.Handle, creator.Status.ToString().ToLowerInvariant());
    }

    private async Task<AdjustmentPosted> SaveAsync(string? key, Func<CreatorAdjustment, bool> isSameRequest,
        Func<TapbridgeDbContext, Task<(CreatorAdjustment Adjustment, LedgerEntry Entry)>> create, CancellationToken cancellationToken)
    {
        var trimmed = key?.Trim();
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (trimmed is { Length: > 0 } && await db.Set<CreatorAdjustment>().AsNoTracking().SingleOrDefaultAsync(a => a.IdempotencyKey == trimmed, cancellationToken) is { } existing)
            {
                Require<CommissionsRules>(isSameRequest(existing), null, "Adjustment.KeyReused");
                return new AdjustmentPosted((await ViewsAsync(db, db.Set<CreatorAdjustment>().AsNoTracking().Where(a => a.Id == existing.Id), false, cancellationToken)).Single(), true);
            }

            var (adjustment, entry) = await create(db);
            db.Add(adjustment);
            db.Add(entry);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new AdjustmentPosted((await ViewsAsync(db, db.Set<CreatorAdjustment>().AsNoTracking().Where(a => a.Id == adjustment.Id), false, cancellationToken)).Single(), false);
            }
            catch (DbUpdateException e) when (attempt < 3 && DbConflicts.IsConflict(e))
            {
                // The same key (or a reversal of the same adjustment) was saved meanwhile: read again, and answer as the first did.
                logger.LogInformation(e, "An adjustment met a concurrent one; reading again ({Attempt})", attempt);
            }
        }
    }
}
