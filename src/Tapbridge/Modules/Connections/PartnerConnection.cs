using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Connections.Connect;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Jobs;
using Tapbridge.Platform.Security;
using Tapbridge.TikTokShop;
using Tapbridge.TikTokShop.Auth;
using Tapbridge.TikTokShop.Errors;
using Tapbridge.TikTokShop.Partner;

namespace Tapbridge.Modules.Connections;

/// <summary>
/// The agency's connection to TikTok Shop as an affiliate partner: connect (consent round trip), status, test,
/// refresh.
/// </summary>
public sealed class PartnerConnection(
    IDbContextFactory<TapbridgeDbContext> contexts, TikTokClients clients, TikTokConsent consent, SecretProtector secrets, JobLeases leases, TimeProvider clock)
{
    private static readonly ConsentWords Words = new("Consent.NotStartedHere.TikTokShopPage", "Consent.WrongAccount.Partner");

    /// <summary>Starts the consent round trip; returns TikTok's consent page address for the admin's browser.</summary>
    public Task<Uri> StartAsync(Actor actor, CancellationToken cancellationToken) => consent.StartAsync(actor, TikTokUserType.Partner, cancellationToken);

    /// <summary>TikTok's redirect back: checks the state, trades the code for tokens and reads the partner's markets.</summary>
    public async Task CompleteAsync(Actor actor, string? code, string? state, string? error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (client, token) = await consent.CompleteAsync(actor, TikTokUserType.Partner, new ConsentReply(code, state, error), Words, cancellationToken);
        await ConnectAsync(actor.UserId, client, token, cancellationToken);
    }

    /// <summary>Trades an authorization code granted without the browser (the demo's sandbox) for tokens and connects.</summary>
    public async Task ConnectWithCodeAsync(Guid by, string code, CancellationToken cancellationToken)
    {
        var client = await clients.GetAsync(cancellationToken);
        var token = await client.Auth.ExchangeCodeAsync(code, cancellationToken);
        if (token.UserType != TikTokUserType.Partner)
        {
            throw RuleViolationException.Say<ConnectionsRules>(Words.WrongAccount, "tiktok");
        }

        await ConnectAsync(by, client, token, cancellationToken);
    }

    /// <summary>Reads the partner's markets with the new token and stores the connection.</summary>
    private async Task ConnectAsync(Guid by, TikTokShopClient client, TikTokShopToken token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var assets = await client.Authorization(new FixedAccessToken(token.AccessToken)).GetCategoryAssetsAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connection = await db.Set<TikTokConnection>().Include(c => c.Markets).SingleOrDefaultAsync(c => c.OpenId == token.OpenId, cancellationToken);
        if (connection is null)
        {
            connection = TikTokConnection.Create(token.OpenId, now);
            db.Add(connection);
        }

        connection.Connect(token, secrets.Protect, assets, by, now);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<ConnectionStatusView> StatusAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connection = await CurrentAsync(db, cancellationToken);
        return connection is null
            ? new ConnectionStatusView(false, null, null, null, [], null, null, null, null, null, [])
            : new ConnectionStatusView(true, connection.PartnerName, connection.Status, connection.ConnectedAt,
                connection.GrantedScopes.Split(' ', StringSplitOptions.RemoveEmptyEntries), connection.AccessTokenExpiresAt,
                connection.RefreshTokenExpiresAt, connection.LastRefreshedAt, connection.LastSuccessAt, connection.LastError,
                connection.Markets.OrderBy(m => m.Market, StringComparer.Ordinal)
                    .Select(m => new MarketAssetView(m.Market, SecretProtector.Mask(m.Cipher), m.CategoryName, m.AuthorizedAt)).ToList());
    }

    /// <summary>Calls TikTok once (the category assets) and records the outcome on the connection.</summary>
    public async Task<ConnectionStatusView> TestAsync(CancellationToken cancellationToken)
    {
        var (connectionId, token) = await TokenAsync(cancellationToken);
        var client = await clients.GetAsync(cancellationToken);
        try
        {
            await client.Authorization(token).GetCategoryAssetsAsync(cancellationToken);
            await RecordAsync(connectionId, null, reconnect: false, cancellationToken);
        }
        catch (TikTokShopException e)
        {
            await RecordAsync(connectionId, e.Message, e is AuthorizationRevokedException or AccessTokenExpiredException, cancellationToken);
        }

        return await StatusAsync(cancellationToken);
    }

    /// <summary>The partner APIs for a market, or null when the agency's TikTok authorization does not cover it.</summary>
    public async Task<PartnerClient?> ForMarketAsync(string market, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await CurrentAsync(db, cancellationToken) is not { Status: ConnectionStatus.Active } connection
            || connection.Markets.FirstOrDefault(m => m.Market == market) is not { } asset)
        {
            return null;
        }

        var client = await clients.GetAsync(cancellationToken);
        return client.Partner(new StoredAccessToken(connection.Id, client, contexts, secrets, leases, clock), asset.Cipher);
    }

    /// <summary>For the refresh job: refreshes the token when it is within the refresh window.</summary>
    public async Task RefreshIfDueAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await CurrentAsync(db, cancellationToken) is { Status: ConnectionStatus.Active } connection)
        {
            var client = await clients.GetAsync(cancellationToken);
            await new StoredAccessToken(connection.Id, client, contexts, secrets, leases, clock).RefreshAsync(cancellationToken);
        }
    }

    private async Task<(Guid ConnectionId, IAccessTokenSource Token)> TokenAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connection = await CurrentAsync(db, cancellationToken) ?? throw RuleViolationException.Say<ConnectionsRules>("Partner.NotConnected", null);
        var client = await clients.GetAsync(cancellationToken);
        return (connection.Id, new StoredAccessToken(connection.Id, client, contexts, secrets, leases, clock));
    }

    private async Task RecordAsync(Guid connectionId, string? error, bool reconnect, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connection = await db.Set<TikTokConnection>().SingleAsync(c => c.Id == connectionId, cancellationToken);
        if (error is null)
        {
            connection.Succeeded(clock.GetUtcNow());
        }
        else
        {
            connection.Failed(error, reconnect, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static Task<TikTokConnection?> CurrentAsync(TapbridgeDbContext db, CancellationToken cancellationToken) =>
        db.Set<TikTokConnection>().AsNoTracking().Include(c => c.Markets).OrderByDescending(c => c.ConnectedAt).FirstOrDefaultAsync(cancellationToken);
}

public sealed record ConnectionStatusView(
    bool Connected, string? PartnerName, ConnectionStatus? Status, DateTimeOffset? ConnectedAt, IReadOnlyList<string> GrantedScopes,
    DateTimeOffset? AccessTokenExpiresAt, DateTimeOffset? RefreshTokenExpiresAt, DateTimeOffset? LastRefreshedAt, DateTimeOffset? LastSuccessAt,
    string? LastError, IReadOnlyList<MarketAssetView> Markets);

public sealed record MarketAssetView(string Market, string CipherHint, string Category, DateTimeOffset AuthorizedAt);
