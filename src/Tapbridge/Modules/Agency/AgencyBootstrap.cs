using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Startup;

namespace Tapbridge.Modules.Agency;

/// <summary>Creates the installation's agency on first start, from configuration (Agency:Name, Agency:Markets).</summary>
internal sealed class AgencyBootstrap(IDbContextFactory<TapbridgeDbContext> contexts, IOptions<AgencySettings> settings, TimeProvider clock) : IStartupTask
{
    public int Order => 20;

    public Task RunAsync(CancellationToken cancellationToken) => EnsureAgencyAsync(cancellationToken);

    public async Task<Guid> EnsureAgencyAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.Set<Agency>().Select(a => (Guid?)a.Id).SingleOrDefaultAsync(cancellationToken);
        if (existing is { } id)
        {
            return id;
        }

        var agency = Agency.Create(settings.Value.Name, settings.Value.MarketCodes(), clock.GetUtcNow());
        db.Add(agency);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance created it first; anything else fails here, loudly.
            db.ChangeTracker.Clear();
            if (!await db.Set<Agency>().AnyAsync(cancellationToken))
            {
                throw;
            }
        }

        return Agency.InstallationId;
    }
}
