using System.Security.Cryptography;
using System.Text;
using TikTokShopSandbox.Common;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Auth;

/// <summary>Consent codes, token exchange and refresh, and revocation (reference §7), in sandbox time.</summary>
internal static class AuthService
{
    public const long CodeLifetime = 30 * 60;
    public const long AccessLifetime = 7 * 86_400;
    public const long RefreshLifetime = 365 * 86_400;
    private const string TokenAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

    public static Subject PartnerSubject(SandboxWorld world) => new(Scopes.PartnerUser, world.Partner, null, null);

    public static Subject SellerSubject(Shop shop) => new(Scopes.SellerUser, null, shop.Seller, null);

    public static Subject CreatorSubject(Creator creator) => new(Scopes.CreatorUser, null, null, creator);

    public static string IssueCode(SandboxWorld world, Subject subject, IReadOnlyList<string>? scopes = null)
    {
        var code = world.AuthRandom.Token(40, TokenAlphabet);
        world.Codes[code] = new AuthCode
        {
            Value = code,
            Subject = subject,
            Scopes = scopes ?? Scopes.For(subject.UserType),
            ExpiresAt = world.Now + CodeLifetime,
        };
        return code;
    }

    public static object Exchange(SandboxWorld world, IQueryCollection query)
    {
        CheckApp(world, query, "authorized_code");
        var value = query["auth_code"].ToString();
        if (string.IsNullOrEmpty(value))
        {
            throw ApiException.Invalid("auth_code is required");
        }

        if (!world.Codes.TryGetValue(value, out var code))
        {
            throw ApiException.Invalid("auth_code is invalid");
        }

        if (code.Used)
        {
            throw ApiException.Invalid("auth_code has already been used");
        }

        if (world.Now >= code.ExpiresAt)
        {
            throw ApiException.Invalid("auth_code has expired (codes live 30 minutes)");
        }

        code.Used = true;
        var grant = new Grant
        {
            Subject = code.Subject,
            Scopes = code.Scopes,
            RefreshToken = "TTP_" + world.AuthRandom.Token(40, TokenAlphabet),
            RefreshExpiresAt = world.Now + RefreshLifetime,
        };
        world.GrantsByRefreshToken[grant.RefreshToken] = grant;
        return TokenData(world, grant);
    }

    public static object Refresh(SandboxWorld world, IQueryCollection query)
    {
        CheckApp(world, query, "refresh_token");
        var value = query["refresh_token"].ToString();
        if (string.IsNullOrEmpty(value) || !world.GrantsByRefreshToken.TryGetValue(value, out var grant))
        {
            throw ApiException.Invalid("refresh_token is invalid");
        }

        if (grant.Revoked)
        {
            throw new ApiException(ErrorCodes.InvalidToken, "The authorization was revoked");
        }

        if (world.Now >= grant.RefreshExpiresAt)
        {
            throw new ApiException(ErrorCodes.ExpiredToken, "refresh_token has expired");
        }

        return TokenData(world, grant);
    }

    /// <summary>Deauthorizes the whole consent behind a token; returns false for an unknown token.</summary>
    public static bool Revoke(SandboxWorld world, string accessToken)
    {
        if (!world.Tokens.TryGetValue(accessToken, out var token))
        {
            return false;
        }

        var grant = token.Grant;
        if (grant.Revoked)
        {
            return true;
        }

        grant.Revoked = true;
        if (grant.Subject.Creator is { } creator && world.CreatorGrant(creator) is null)
        {
            world.CreatorWebhook(creator, 20, new { CancelTime = world.Now }, force: true);
        }

        if (grant.Subject.Seller is { } seller && !world.IsAuthorized(seller))
        {
            foreach (var shop in seller.Shops)
            {
                world.Webhooks.Enqueue(world.Now, world.Ids.Next(IdKind.Notification), 6, shop.Id, null, new { Message = "The seller deauthorized the app." });
            }
        }

        return true;
    }

    private static void CheckApp(SandboxWorld world, IQueryCollection query, string grantType)
    {
        var keyOk = string.Equals(query["app_key"].ToString(), world.Options.AppKey, StringComparison.Ordinal);
        var secretOk = CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(query["app_secret"].ToString()),
            Encoding.UTF8.GetBytes(world.Options.AppSecret));
        if (!keyOk || !secretOk)
        {
            throw ApiException.Invalid("Invalid app_key or app_secret");
        }

        if (!string.Equals(query["grant_type"].ToString(), grantType, StringComparison.Ordinal))
        {
            throw ApiException.Invalid($"grant_type must be {grantType}");
        }
    }

    private static object TokenData(SandboxWorld world, Grant grant)
    {
        var token = new AccessToken("TTP_" + world.AuthRandom.Token(40, TokenAlphabet), grant, world.Now + AccessLifetime);
        world.Tokens[token.Value] = token;
        return new
        {
            AccessToken = token.Value,
            AccessTokenExpireIn = token.ExpiresAt,
            RefreshToken = grant.RefreshToken,
            RefreshTokenExpireIn = grant.RefreshExpiresAt,
            OpenId = grant.Subject.OpenId,
            SellerName = grant.Subject.Name,
            SellerBaseRegion = grant.Subject.BaseRegion,
            UserType = grant.UserType,
            GrantedScopes = grant.Scopes,
        };
    }
}
