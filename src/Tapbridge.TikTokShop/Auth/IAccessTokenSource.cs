namespace Tapbridge.TikTokShop.Auth;

/// <summary>Supplies the access token for a call; may refresh it first.</summary>
public interface IAccessTokenSource
{
    ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken);
}

/// <summary>A token used as it is (tests, one-off scripts).</summary>
public sealed class FixedAccessToken(string accessToken) : IAccessTokenSource
{
    public ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(accessToken);
}
