using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Creators;

/// <summary>Creators as the agency sees them, and a creator's own account.</summary>
public sealed class CreatorDirectory(IDbContextFactory<TapbridgeDbContext> contexts)
{
    public async Task<IReadOnlyList<CreatorSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var creators = await db.Set<Creator>().AsNoTracking().ToListAsync(cancellationToken);
        return creators.OrderByDescending(c => c.FollowerCount).Select(CreatorSummary.From).ToList();
    }

    public async Task<CreatorSummary> GetOwnAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var creator = await db.Set<Creator>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == actor.OrganizationId, cancellationToken)
            ?? throw new NotFoundException("Creator account");
        return CreatorSummary.From(creator);
    }
}

public sealed record CreatorSummary(Guid Id, string Handle, string Market, string DisplayName, int FollowerCount, DateTimeOffset JoinedAt)
{
    public static CreatorSummary From(Creator c) => new(c.Id, c.Handle, c.MarketCode, c.DisplayName, c.FollowerCount, c.CreatedAt);
}
