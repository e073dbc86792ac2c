using System.Text.Json.Serialization;
using Tapbridge.TikTokShop.Json;

namespace Tapbridge.TikTokShop.Auth;

/// <summary>Who authorized the app; TikTok's `user_type`.</summary>
public enum TikTokUserType
{
    Seller = 0,
    Creator = 1,
    Partner = 3,
}

/// <summary>A token pair as TikTok returns it. Expiry fields are absolute instants, not durations.</summary>
public sealed record TikTokShopToken
{
    public required string AccessToken { get; init; }

    [JsonPropertyName("access_token_expire_in")]
    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? AccessTokenExpiresAt { get; init; }

    public required string RefreshToken { get; init; }

    [JsonPropertyName("refresh_token_expire_in")]
    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? RefreshTokenExpiresAt { get; init; }

    public string OpenId { get; init; } = "";

    public string SellerName { get; init; } = "";

    public string SellerBaseRegion { get; init; } = "";

    [JsonConverter(typeof(JsonNumberEnumConverter<TikTokUserType>))]
    public TikTokUserType UserType { get; init; }

    public IReadOnlyList<string> GrantedScopes { get; init; } = [];
}
