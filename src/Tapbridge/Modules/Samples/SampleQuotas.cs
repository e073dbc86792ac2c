using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Samples;

/// <summary>Books and gives back places of a product's sample quota (<see cref="SampleQuotaUse"/>), each in one statement.</summary>
internal static class SampleQuotas
{
    /// <summary>
    /// Takes one place if one is left. Run inside the transaction that stores the request, so a refused request gives its
    /// place back with it.
    /// </summary>
    public static async Task<bool> TryBookAsync(TapbridgeDbContext db, Guid registrationId, CancellationToken cancellationToken)
    {
        var quota = db.Set<Registration>().Where(r => r.Id == registrationId).Select(r => r.SampleQuota);
        var booked = await db.Set<SampleQuotaUse>()
            .Where(q => q.RegistrationId == registrationId && q.Booked < quota.First())
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.Booked, q => q.Booked + 1), cancellationToken);
        return booked == 1;
    }

    /// <summary>Moves the count by what a sync merge booked and gave back: TikTok keeps its own quota, so nothing is refused.</summary>
    public static async Task AdjustAsync(TapbridgeDbContext db, Guid registrationId, int delta, CancellationToken cancellationToken)
    {
        if (delta != 0)
        {
            await db.Set<SampleQuotaUse>().Where(q => q.RegistrationId == registrationId)
                .ExecuteUpdateAsync(s => s.SetProperty(q => q.Booked, q => q.Booked + delta), cancellationToken);
        }
    }

    public static Task ReleaseAsync(TapbridgeDbContext db, Guid registrationId, CancellationToken cancellationToken) =>
        db.Set<SampleQuotaUse>().Where(q => q.RegistrationId == registrationId && q.Booked > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.Booked, q => q.Booked - 1), cancellationToken);

    /// <summary>Creates the product's counter on its first request; a second instance creating it at the same time is fine.</summary>
    public static async Task EnsureAsync(
        IDbContextFactory<TapbridgeDbContext> contexts, Guid registrationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Set<SampleQuotaUse>().AnyAsync(q => q.RegistrationId == registrationId, cancellationToken))
        {
            return;
        }

        db.Add(SampleQuotaUse.For(registrationId));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DbConflicts.IsConflict(e))
        {
            // The other instance's counter stands.
        }
    }

    public static async Task<Dictionary<Guid, int>> BookedAsync(
        TapbridgeDbContext db, IReadOnlyCollection<Guid> registrationIds, CancellationToken cancellationToken) =>
        await db.Set<SampleQuotaUse>().AsNoTracking().Where(q => registrationIds.Contains(q.RegistrationId))
            .ToDictionaryAsync(q => q.RegistrationId, q => q.Booked, cancellationToken);
}
