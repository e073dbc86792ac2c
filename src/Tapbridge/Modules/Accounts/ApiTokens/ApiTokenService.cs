using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Accounts.ApiTokens;

/// <summary>Issue, list and revoke a user's own API tokens. Used by the settings pages and the API alike.</summary>
internal sealed class ApiTokenService(IDbContextFactory<TapbridgeDbContext> contexts, TimeProvider clock)
{
    public async Task<IssuedApiToken> IssueAsync(Actor actor, string name, int? expiresInDays, CancellationToken cancellationToken)
    {
        var (token, secret) = ApiToken.Issue(actor.UserId, name, expiresInDays, clock.GetUtcNow());
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Set<ApiToken>().Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedApiToken(ToView(token, clock.GetUtcNow()), secret);
    }

    public async Task<IReadOnlyList<ApiTokenView>> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tokens = await db.Set<ApiToken>().AsNoTracking()
            .Where(t => t.UserId == actor.UserId)
            .OrderByDescending(t => t.CreatedAt)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return tokens.Select(t => ToView(t, now)).ToList();
    }

    public async Task RevokeAsync(Actor actor, Guid tokenId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var token = await db.Set<ApiToken>().SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == actor.UserId, cancellationToken)
            ?? throw new NotFoundException("API token");
        token.Revoke(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    private static ApiTokenView ToView(ApiToken t, DateTimeOffset now) =>
        new(t.Id, t.Name, t.Hint, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt, t.IsActive(now));
}

internal sealed record ApiTokenView(
    Guid Id, string Name, string Hint, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt, bool Active);

/// <summary>The only time the secret exists outside the caller's hands.</summary>
internal sealed record IssuedApiToken(ApiTokenView Token, string Secret);
