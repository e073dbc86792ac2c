using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform.Data;

namespace Tapbridge.Platform.Jobs;

public sealed class JobLeases(IDbContextFactory<TapbridgeDbContext> contexts, TimeProvider clock, string holder)
{
    /// <summary>This process's identity in lease rows: stable for its lifetime, different on every instance.</summary>
    public static readonly string Instance = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public JobLeases(IDbContextFactory<TapbridgeDbContext> contexts, TimeProvider clock)
        : this(contexts, clock, Instance)
    {
    }

    /// <summary>Takes (or extends) the lease on <paramref name="name"/> for <paramref name="duration"/>; false if another instance holds it.</summary>
    public async Task<bool> TryAcquireAsync(string name, TimeSpan duration, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Set<JobLease>().AnyAsync(l => l.Name == name, cancellationToken))
        {
            db.Add(JobLease.Free(name));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance inserted it first; the conditional update below decides.
            }
        }

        var now = clock.GetUtcNow();
        var until = now + duration;
        var taken = await db.Set<JobLease>()
            .Where(l => l.Name == name && (l.ExpiresAt <= now || l.Holder == holder))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until), cancellationToken);
        return taken == 1;
    }

    public async Task ReleaseAsync(string name, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Set<JobLease>().Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, DateTimeOffset.UnixEpoch), cancellationToken);
    }
}
