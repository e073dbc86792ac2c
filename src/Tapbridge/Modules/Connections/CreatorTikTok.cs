using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Connections.Connect;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Security;
using Tapbridge.TikTokShop.Auth;
using Tapbridge.TikTokShop.Creator;
using Tapbridge.TikTokShop.Errors;

namespace Tapbridge.Modules.Connections;

/// <summary>
/// Creators authorizing Tapbridge in TikTok (creator authorization, allow-listed by TikTok): the consent round trip,
/// the stored tokens, and a creator API client for the creator. The agency's own consent is <see cref="PartnerConnection"/>.
/// </summary>
public sealed class CreatorTikTok(
    IDbContextFactory<TapbridgeDbContext> contexts, TikTokConsent consent, TikTokClients clients, SecretProtector secrets, TimeProvider clock)
{
    private static readonly ConsentWords Words = new("Consent.NotStartedHere.Settings", "Consent.WrongAccount.Creator");

    public Task<Uri> StartAsync(Actor actor, CancellationToken cancellationToken) => consent.StartAsync(actor, TikTokUserType.Creator, cancellationToken);

    /// <summary>
    /// TikTok's redirect back: checks the state, trades the code for the creator's tokens and stores them, only when
    /// the authorized TikTok account is <paramref name="handle"/> and no other Tapbridge creator holds it.
    /// </summary>
    public async Task<CreatorTikTokAccount> CompleteAsync(Actor actor, string handle, ConsentReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (_, token) = await consent.CompleteAsync(actor, TikTokUserType.Creator, reply, Words, cancellationToken);
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!string.Equals(token.SellerName.TrimStart('@'), handle, StringComparison.OrdinalIgnoreCase))
        {
            throw RuleViolationException.Say<ConnectionsRules>("Creator.WrongHandle", "handle", token.SellerName.TrimStart('@'), handle);
        }

        if (await db.Set<CreatorAuthorization>().AnyAsync(a => a.OpenId == token.OpenId && a.CreatorId != actor.OrganizationId && !a.Revoked, cancellationToken))
        {
            throw RuleViolationException.Say<ConnectionsRules>("Creator.AccountTaken", "tiktok");
        }

        var authorization = await db.Set<CreatorAuthorization>().SingleOrDefaultAsync(a => a.CreatorId == actor.OrganizationId, cancellationToken);
        if (authorization is null)
        {
            authorization = CreatorAuthorization.Create(actor.OrganizationId);
            db.Add(authorization);
        }

        authorization.Authorize(token, secrets.Protect, now);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatorTikTokAccount(authorization.OpenId, authorization.Username, now);
    }

    public async Task<CreatorTikTokAccount?> AccountAsync(Guid creatorId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<CreatorAuthorization>().AsNoTracking().Where(a => a.CreatorId == creatorId && !a.Revoked)
            .Select(a => new CreatorTikTokAccount(a.OpenId, a.Username, a.AuthorizedAt)).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The creator API for this creator, or none when the creator has not authorized Tapbridge (or revoked it).</summary>
    public async Task<CreatorClient?> ClientAsync(Guid creatorId, CancellationToken cancellationToken)
    {
        if (await AccountAsync(creatorId, cancellationToken) is null)
        {
            return null;
        }

        var client = await clients.GetAsync(cancellationToken);
        return client.Creator(new StoredCreatorToken(creatorId, client, contexts, secrets, clock));
    }

    /// <summary>
    /// The creator's stored token, refreshed when due. Two instances refreshing at once both get a valid token
    /// (TikTok keeps the old one valid until it expires), so no lease is needed.
    /// </summary>
    private sealed class StoredCreatorToken(Guid creatorId, TikTokShop.TikTokShopClient client, IDbContextFactory<TapbridgeDbContext> contexts, SecretProtector secrets, TimeProvider clock)
        : IAccessTokenSource
    {
        public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var authorization = await db.Set<CreatorAuthorization>().SingleAsync(a => a.CreatorId == creatorId, cancellationToken);
            if (authorization.DueAt(clock.GetUtcNow()))
            {
                try
                {
                    authorization.Store(await client.Auth.RefreshAsync(secrets.Unprotect(authorization.ProtectedRefreshToken), cancellationToken), secrets.Protect);
                }
                catch (TikTokShopException e) when (e.Code is TikTokShopErrorCodes.AuthorizationRevoked or TikTokShopErrorCodes.AccessTokenExpired)
                {
                    authorization.Revoke();
                    await db.SaveChangesAsync(CancellationToken.None);
                    throw RuleViolationException.Say<ConnectionsRules>("Creator.AuthorizationEnded", null);
                }

                await db.SaveChangesAsync(cancellationToken);
            }

            return secrets.Unprotect(authorization.ProtectedAccessToken);
        }
    }
}

public sealed record CreatorTikTokAccount(string OpenId, string Username, DateTimeOffset AuthorizedAt);
