namespace Tapbridge.TikTokShop.Auth;

/// <summary>
/// Hands out the current access token and refreshes it when it is within <see cref="TikTokShopOptions.RefreshAhead"/>
/// of expiry, one refresh at a time. <paramref name="onRefreshed"/> stores the new pair (TikTok may rotate the refresh token).
/// </summary>
public sealed class RefreshingAccessTokenSource(
    TikTokShopToken token, TikTokShopAuth auth, TimeProvider clock, Func<TikTokShopToken, CancellationToken, Task> onRefreshed)
    : IAccessTokenSource, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private TikTokShopToken current = token;

    public TikTokShopToken Current => current;

    public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        if (!NeedsRefresh(current))
        {
            return current.AccessToken;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (NeedsRefresh(current))
            {
                var refreshed = await auth.RefreshAsync(current.RefreshToken, cancellationToken);
                await onRefreshed(refreshed, cancellationToken);
                current = refreshed;
            }

            return current.AccessToken;
        }
        finally
        {
            gate.Release();
        }
    }

    private bool NeedsRefresh(TikTokShopToken token) =>
        token.AccessTokenExpiresAt is { } expires && expires - auth.Options.RefreshAhead <= clock.GetUtcNow();

    public void Dispose() => gate.Dispose();
}
