using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Samples.Deadlines;

/// <summary>
/// Reminds creators of content deadlines: three days before, and once when it has passed. Each mail is claimed by a
/// conditional update before it is sent, so a pass that runs twice (or on two instances) sends it once.
/// </summary>
internal sealed class SampleDeadlines(IDbContextFactory<TapbridgeDbContext> contexts, SampleNotifier notifier, TimeProvider clock)
{
    public static readonly TimeSpan DueSoon = TimeSpan.FromDays(3);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var soon = now + DueSoon;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var dueSoon = await db.Set<SampleRequest>().AsNoTracking()
            .Where(s => s.Stage == SampleStage.ContentDue && s.ContentDueAt > now && s.ContentDueAt <= soon && s.DueReminderSentAt == null)
            .OrderBy(s => s.ContentDueAt).Take(500).ToListAsync(cancellationToken);
        foreach (var sample in dueSoon)
        {
            if (await ClaimAsync(db.Set<SampleRequest>().Where(s => s.Id == sample.Id && s.DueReminderSentAt == null),
                    u => u.SetProperty(s => s.DueReminderSentAt, now), cancellationToken))
            {
                await notifier.DueSoonAsync(sample, cancellationToken);
            }
        }

        var overdue = await db.Set<SampleRequest>().AsNoTracking()
            .Where(s => s.Stage == SampleStage.ContentDue && s.ContentDueAt <= now && s.OverdueNoticeSentAt == null)
            .OrderBy(s => s.ContentDueAt).Take(500).ToListAsync(cancellationToken);
        foreach (var sample in overdue)
        {
            if (await ClaimAsync(db.Set<SampleRequest>().Where(s => s.Id == sample.Id && s.OverdueNoticeSentAt == null),
                    u => u.SetProperty(s => s.OverdueNoticeSentAt, now), cancellationToken))
            {
                await notifier.OverdueAsync(sample, cancellationToken);
            }
        }
    }

    private static async Task<bool> ClaimAsync(
        IQueryable<SampleRequest> row, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<SampleRequest>> set,
        CancellationToken cancellationToken) =>
        await row.ExecuteUpdateAsync(set, cancellationToken) == 1;
}
