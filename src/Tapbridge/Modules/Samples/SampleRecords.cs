using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Samples;

/// <summary>Creators' records with samples, counted in the database: posted and missed over the last 90 days, open now.</summary>
internal static class SampleRecords
{
    public static async Task<SampleFulfilment> OfAsync(
        TapbridgeDbContext db, Guid creatorId, DateTimeOffset now, CancellationToken cancellationToken) =>
        (await OfAsync(db, [creatorId], now, cancellationToken)).GetValueOrDefault(creatorId, new SampleFulfilment(0, 0, 0));

    public static async Task<Dictionary<Guid, SampleFulfilment>> OfAsync(
        TapbridgeDbContext db, IReadOnlyCollection<Guid> creatorIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var since = now.AddDays(-SamplePolicy.FulfilmentDays);
        var rows = await db.Set<SampleRequest>().AsNoTracking()
            .Where(s => creatorIds.Contains(s.CreatorId))
            .Where(s => SampleRequest.OpenStages.Contains(s.Stage) || (s.DeliveredAt != null && s.DeliveredAt >= since))
            .GroupBy(s => s.CreatorId)
            .Select(g => new
            {
                CreatorId = g.Key,
                Posted = g.Count(s => s.Stage == SampleStage.Completed && s.DeliveredAt >= since),
                Missed = g.Count(s => s.DeliveredAt >= since && ((s.Stage == SampleStage.ContentDue && s.ContentDueAt < now)
                    || (s.Stage == SampleStage.Cancelled && s.CancelReason == SampleCancelReason.NoContent))),
                Open = g.Count(s => SampleRequest.OpenStages.Contains(s.Stage)),
            })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.CreatorId, r => new SampleFulfilment(r.Posted, r.Missed, r.Open));
    }
}
