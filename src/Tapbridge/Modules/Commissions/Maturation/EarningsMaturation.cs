using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Commissions.Maturation;

/// <summary>
/// Moves earnings with the clock: pending ones whose hold passed are confirmed, confirmed ones past their cycle's
/// cut-off become payable. Batches of lines, each in a transaction; running it twice, or on two instances at once,
/// posts nothing twice (each move is keyed by the line, and a line changed meanwhile is read again).
/// </summary>
public sealed class EarningsMaturation(IDbContextFactory<TapbridgeDbContext> contexts, TimeProvider clock, ILogger<EarningsMaturation> logger)
{
    private const int BatchSize = 500;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        List<Guid> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Set<LineEarning>().AsNoTracking()
                .Where(e => (e.Stage == EarningStage.Pending && e.ConfirmDueAt <= now) || (e.Stage == EarningStage.Confirmed && e.CycleCloseAt <= now))
                .Select(e => e.LineId).ToListAsync(cancellationToken);
        }

        var moved = 0;
        foreach (var ids in due.Chunk(BatchSize))
        {
            moved += await BatchAsync(ids, now, cancellationToken);
        }

        return moved;
    }

    private async Task<int> BatchAsync(Guid[] ids, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var moved = 0;
                foreach (var earning in await db.Set<LineEarning>().Where(e => EF.Parameter(ids).Contains(e.LineId)).ToListAsync(cancellationToken))
                {
                    var version = earning.Version;
                    while (earning.Mature(PayoutCalendar.Default, now) is { } entry)
                    {
                        db.Add(entry);
                    }

                    moved += earning.Version != version ? 1 : 0;
                }

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
