using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
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

    /// <summary>The market of the signed-in creator, who must be approved: products, the Showcase and links are for approved creators only.</summary>
    public async Task<string> RequireApprovedAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var creator = await db.Set<Creator>().AsNoTracking().Where(c => c.Id == actor.OrganizationId).Select(c => new { c.Status, c.MarketCode })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Creator account");
        return creator.Status == CreatorStatus.Approved
            ? creator.MarketCode
            : throw (creator.Status == CreatorStatus.Pending
                ? RuleViolationException.Say<CreatorsRules>("Access.Pending", null)
                : RuleViolationException.Say<CreatorsRules>("Access.Closed", null, creator.Status.ToString().ToLowerInvariant()));
    }
}

public sealed record CreatorSummary(Guid Id, string Handle, string Market, string DisplayName, int FollowerCount, CreatorStatus Status, DateTimeOffset JoinedAt)
{
    public static CreatorSummary From(Creator c) => new(c.Id, c.Handle, c.MarketCode, c.DisplayName, c.FollowerCount, c.Status, c.CreatedAt);
}
