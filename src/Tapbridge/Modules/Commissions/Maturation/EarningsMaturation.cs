using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Commissions.Bonuses;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Commissions.Maturation;

/// <summary>
/// Moves earnings with the clock: pending ones whose hold passed are confirmed, campaign bonuses whose campaign ended
/// more than the hold ago are settled (and settled ones whose lines changed recounted), confirmed ones (line earnings and adjustments) past their cycle's cut-off become
/// payable. Batches, each in a transaction; running it twice, or on two instances at once, posts nothing twice (each
/// move is keyed by what it moves, and a row changed meanwhile is read again).
/// </summary>
public sealed class EarningsMaturation(IDbContextFactory<TapbridgeDbContext> contexts, CampaignBonuses bonuses, TimeProvider clock, ILogger<EarningsMaturation> logger)
{
    private const int BatchSize = 500;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<Guid> lines;
        List<Guid> adjustments;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            lines = await db.Set<LineEarning>().AsNoTracking()
                .Where(e => (e.Stage == EarningStage.Pending && e.ConfirmDueAt <= now) || (e.Stage == EarningStage.Confirmed && e.CycleCloseAt <= now))
                .Select(e => e.LineId).ToListAsync(cancellationToken);
            adjustments = await db.Set<CreatorAdjustment>().AsNoTracking().Where(a => a.Stage == EarningStage.Confirmed && a.CycleCloseAt <= now)
                .Select(a => a.Id).ToListAsync(cancellationToken);
        }

        var moved = 0;
        foreach (var ids in lines.Chunk(BatchSize))
        {
            moved += await BatchAsync(db => MatureLinesAsync(db, ids, now, cancellationToken), cancellationToken);
        }

        moved += await bonuses.SettleDueAsync(now, cancellationToken);
        moved += await bonuses.RecountDueAsync(now, cancellationToken);

        foreach (var ids in adjustments.Chunk(BatchSize))
        {
            moved += await BatchAsync(db => MatureAdjustmentsAsync(db, ids, now, cancellationToken), cancellationToken);
        }

        return moved;
    }

    private static async Task<int> MatureLinesAsync(TapbridgeDbContext db, Guid[] ids, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var moved = 0;
        var calendars = await PayoutSchedules.CalendarsAsync(db, cancellationToken);
        foreach (var earning in await db.Set<LineEarning>().Where(e => EF.Parameter(ids).Contains(e.LineId)).ToListAsync(cancellationToken))
        {
            var version = earning.Version;
            while (earning.Mature(calendars(earning.MarketCode), now) is { } entry)
            {
                db.Add(entry);
            }

            moved += earning.Version != version ? 1 : 0;
        }

        return moved;
    }

    private static async Task<int> MatureAdjustmentsAsync(TapbridgeDbContext db, Guid[] ids, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var moved = 0;
        foreach (var adjustment in await db.Set<CreatorAdjustment>().Where(a => EF.Parameter(ids).Contains(a.Id)).ToListAsync(cancellationToken))
        {
            if (adjustment.Mature(now) is { } entry)
            {
                db.Add(entry);
                moved++;
            }
        }

        return moved;
    }

    private async Task<int> BatchAsync(Func<TapbridgeDbContext, Task<int>> mature, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var moved = await mature(db);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return moved;
            }
            catch (DbUpdateException e) when (attempt < 4 && DbConflicts.IsConflict(e))
            {
                logger.LogInformation(e, "Earnings maturation met a concurrent change; retrying ({Attempt})", attempt);
            }
        }
    }
}
