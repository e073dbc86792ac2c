using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Creators;

/// <summary>Creators as other modules see them.</summary>
public sealed class CreatorDirectory(IDbContextFactory<TapbridgeDbContext> contexts)
{
    public async Task<IReadOnlyList<CreatorSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var creators = await db.Set<Creator>().AsNoTracking().ToListAsync(cancellationToken);
        return creators.OrderByDescending(c => c.FollowerCount).Select(CreatorSummary.From).ToList();
    }
}

public sealed record CreatorSummary(Guid Id, string Handle, string Market, string DisplayName, int FollowerCount, CreatorStatus Status, DateTimeOffset JoinedAt)
{
    public static CreatorSummary From(Creator c) => new(c.Id, c.Handle, c.MarketCode, c.DisplayName, c.FollowerCount, c.Status, c.CreatedAt);
}
