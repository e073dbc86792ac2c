using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Connections.Connect;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Security;
using Tapbridge.TikTokShop.Auth;

namespace Tapbridge.Modules.Connections;

/// <summary>
/// Sellers authorizing the agency's app for their shops (seller authorization): the consent round trip and the stored
/// authorization. TikTok then sends the app their shops' order, cancellation and return webhooks.
/// </summary>
public sealed class SellerTikTok(IDbContextFactory<TapbridgeDbContext> contexts, TikTokConsent consent, SecretProtector secrets, TimeProvider clock)
{
    private static readonly ConsentWords Words = new("Consent.NotStartedHere.Settings", "Consent.WrongAccount.Seller");

    public Task<Uri> StartAsync(Actor actor, CancellationToken cancellationToken) => consent.StartAsync(actor, TikTokUserType.Seller, cancellationToken);

    /// <summary>
    /// TikTok's redirect back: checks the state, trades the code for the seller's token, reads the shops it covers and
    /// stores it, only when it covers at least one of the shops the seller registered here (<paramref name="shopCodes"/>).
    /// </summary>
    public async Task<SellerTikTokAccount> CompleteAsync(
        Actor actor, IReadOnlyCollection<string> shopCodes, ConsentReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(shopCodes);
        var (client, token) = await consent.CompleteAsync(actor, TikTokUserType.Seller, reply, Words, cancellationToken);
        var shops = (await client.Authorization(new FixedAccessToken(token.AccessToken)).GetAuthorizedShopsAsync(cancellationToken))
            .Select(s => new AuthorizedShopView(s.Id, s.Code, s.Name, s.Region)).ToList();
        if (!shops.Any(s => shopCodes.Contains(s.Code, StringComparer.OrdinalIgnoreCase)))
        {
            throw shops.Count == 0
                ? RuleViolationException.Say<ConnectionsRules>("Seller.NoShopAuthorized", "shops", string.Join(", ", shopCodes))
                : RuleViolationException.Say<ConnectionsRules>("Seller.OtherShopsAuthorized", "shops", string.Join(", ", shops.Select(s => s.Code)), string.Join(", ", shopCodes));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var authorization = await db.Set<SellerAuthorization>().SingleOrDefaultAsync(a => a.SellerId == actor.OrganizationId, cancellationToken);
        if (authorization is null)
        {
            authorization = SellerAuthorization.Create(actor.OrganizationId);
            db.Add(authorization);
        }

        authorization.Authorize(token, shops, secrets.Protect, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return View(authorization);
    }

    public async Task<SellerTikTokAccount?> AccountAsync(Guid sellerId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<SellerAuthorization>().AsNoTracking().SingleOrDefaultAsync(a => a.SellerId == sellerId, cancellationToken) is { } a ? View(a) : null;
    }

    /// <summary>When each seller whose authorization stands gave it: the sellers whose shops' webhooks reach the agency.</summary>
    public async Task<IReadOnlyDictionary<Guid, DateTimeOffset>> StandingAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<SellerAuthorization>().AsNoTracking().Where(a => a.RevokedAt == null).ToDictionaryAsync(a => a.SellerId, a => a.AuthorizedAt, cancellationToken);
    }

    /// <summary>TikTok said the seller of this shop withdrew the authorization (webhook 6); false when no authorization covers it.</summary>
    public async Task<bool> RevokedAsync(string shopId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        // Few sellers, few shops each: read them and match in memory rather than query inside the JSON.
        var covering = (await db.Set<SellerAuthorization>().Where(a => a.RevokedAt == null).ToListAsync(cancellationToken)).Where(a => a.Shops.Any(s => s.ShopId == shopId)).ToList();
        covering.ForEach(a => a.Revoke(now));
        await db.SaveChangesAsync(cancellationToken);
        return covering.Count > 0;
    }

    private static SellerTikTokAccount View(SellerAuthorization a) => new(a.SellerName, a.Shops, a.AuthorizedAt, a.RevokedAt);
}

/// <summary>What a seller's authorization covers; <see cref="RevokedAt"/> set when the seller withdrew it in TikTok.</summary>
public sealed record SellerTikTokAccount(string SellerName, IReadOnlyList<AuthorizedShopView> Shops, DateTimeOffset AuthorizedAt, DateTimeOffset? RevokedAt);
