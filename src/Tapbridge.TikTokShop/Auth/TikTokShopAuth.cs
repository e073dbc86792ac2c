using System.Net.Http.Json;
using Tapbridge.TikTokShop.Errors;
using Tapbridge.TikTokShop.Json;
using Tapbridge.TikTokShop.Transport;

namespace Tapbridge.TikTokShop.Auth;

/// <summary>TikTok's consent links and the auth host's token endpoints (reference §7).</summary>
public sealed class TikTokShopAuth(HttpClient http, TikTokShopOptions options)
{
    public TikTokShopOptions Options => options;

    /// <summary>Where to send a person to authorize the app. <paramref name="state"/> comes back with the code; check it.</summary>
    public Uri ConsentUrl(TikTokUserType userType, string state)
    {
        ArgumentException.ThrowIfNullOrEmpty(state);
        var escapedState = Uri.EscapeDataString(state);
        return userType switch
        {
            TikTokUserType.Partner => new Uri(options.PartnerConsentBaseUrl, $"/open/authorize?service_id={Uri.EscapeDataString(options.ServiceId)}&state={escapedState}"),
            TikTokUserType.Seller => new Uri(options.SellerConsentBaseUrl, $"/open/authorize?service_id={Uri.EscapeDataString(options.ServiceId)}&state={escapedState}{options.SellerConsentQuery}"),
            TikTokUserType.Creator => new Uri(options.CreatorConsentBaseUrl, $"/alliance/creator/auth?app_key={Uri.EscapeDataString(options.AppKey)}&state={escapedState}"),
        };
    }

    /// <summary>Trades a single-use authorization code (valid 30 minutes) for a token pair.</summary>
    public Task<TikTokShopToken> ExchangeCodeAsync(string authCode, CancellationToken cancellationToken) =>
        GetTokenAsync("/api/v2/token/get", $"auth_code={Uri.EscapeDataString(authCode)}&grant_type=authorized_code", cancellationToken);

    public Task<TikTokShopToken> RefreshAsync(string refreshToken, CancellationToken cancellationToken) =>
        GetTokenAsync("/api/v2/token/refresh", $"refresh_token={Uri.EscapeDataString(refreshToken)}&grant_type=refresh_token", cancellationToken);

    private async Task<TikTokShopToken> GetTokenAsync(string path, string grant, CancellationToken cancellationToken)
    {
        var uri = new Uri(options.AuthBaseUrl, $"{path}?app_key={Uri.EscapeDataString(options.AppKey)}&app_secret={Uri.EscapeDataString(options.AppSecret)}&{grant}");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        using var response = await http.GetAsync(uri, timeout.Token);
        var envelope = await response.Content.ReadFromJsonAsync<Envelope<TikTokShopToken>>(TikTokJson.Options, timeout.Token)
            ?? throw new TikTokShopException($"The auth host answered {(int)response.StatusCode} with no body.");
        return envelope.Code == 0 && envelope.Data is { } token
            ? token
            : throw TikTokShopException.From(envelope.Code, envelope.Message ?? "", envelope.RequestId, (int)response.StatusCode);
    }
}
