using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Jobs;
using Tapbridge.Platform.Security;
using Tapbridge.TikTokShop;
using Tapbridge.TikTokShop.Auth;
using Tapbridge.TikTokShop.Errors;

namespace Tapbridge.Modules.Connections;

/// <summary>
/// The stored partner token, refreshed ahead of expiry. Instances coordinate through a lease, so one refreshes while
/// the others wait and read the new token from the database.
/// </summary>
internal sealed class StoredAccessToken(
    Guid connectionId, TikTokShopClient client, IDbContextFactory<TapbridgeDbContext> contexts, SecretProtector secrets, JobLeases leases, TimeProvider clock)
    : IAccessTokenSource
{
    public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var connection = await LoadAsync(cancellationToken);
            if (!IsDue(connection) || attempt >= 10)
            {
                return secrets.Unprotect(connection.ProtectedAccessToken);
            }

            var lease = $"tiktok-token:{connectionId}";
            if (await leases.TryAcquireAsync(lease, TimeSpan.FromMinutes(1), cancellationToken))
            {
                try
                {
                    return await RefreshAsync(cancellationToken);
                }
                finally
                {
                    await leases.ReleaseAsync(lease, CancellationToken.None);
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), clock, cancellationToken);
        }
    }

    /// <summary>Refreshes now if due (another instance may have just done it). Used by the refresh job and on demand.</summary>
    public async Task<string> RefreshAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var connection = await db.Set<TikTokConnection>().SingleAsync(c => c.Id == connectionId, cancellationToken);
        if (!IsDue(connection))
        {
            return secrets.Unprotect(connection.ProtectedAccessToken);
        }

        try
        {
            var token = await client.Auth.RefreshAsync(secrets.Unprotect(connection.ProtectedRefreshToken), cancellationToken);
            connection.Refreshed(token, secrets.Protect, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return token.AccessToken;
        }
        catch (TikTokShopException e)
        {
            var reconnect = e is AuthorizationRevokedException or AccessTokenExpiredException;
            connection.Failed($"Refreshing the token failed: {e.Message}", reconnect, clock.GetUtcNow());
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }
    }

    private bool IsDue(TikTokConnection connection) =>
        connection.AccessTokenExpiresAt is { } expires && expires - client.Options.RefreshAhead <= clock.GetUtcNow();

    private async Task<TikTokConnection> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<TikTokConnection>().AsNoTracking().SingleAsync(c => c.Id == connectionId, cancellationToken);
    }
}
