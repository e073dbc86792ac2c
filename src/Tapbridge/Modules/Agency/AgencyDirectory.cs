using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Agency;

/// <summary>What other modules may know about the agency: its id, name and markets.</summary>
public sealed class AgencyDirectory(IDbContextFactory<TapbridgeDbContext> contexts)
{
    public async Task<AgencyInfo> GetAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var agency = await db.Set<Agency>().AsNoTracking().Include(a => a.Markets).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("The agency");
        return new AgencyInfo(agency.Id, agency.Name, agency.Markets.Select(m => m.Market).OrderBy(m => m.Name, StringComparer.Ordinal).ToList());
    }

    public async Task<Market> RequireMarketAsync(string? code, CancellationToken cancellationToken)
    {
        var agency = await GetAsync(cancellationToken);
        return agency.Markets.FirstOrDefault(m => string.Equals(m.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw RuleViolationException.Say<AgencyRules>("Market.NotWorkedIn", "market", code, string.Join(", ", agency.Markets.Select(m => m.Code)));
    }
}

public sealed record AgencyInfo(Guid Id, string Name, IReadOnlyList<Market> Markets);
