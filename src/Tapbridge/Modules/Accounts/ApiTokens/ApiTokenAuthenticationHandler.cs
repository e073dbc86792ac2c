using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Accounts.ApiTokens;

/// <summary>Authenticates `Authorization: Bearer tbk_…` against stored token hashes; the user must still be allowed to sign in.</summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    TapbridgeDbContext db,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    public static bool CarriesToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!CarriesToken(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        if (!secret.StartsWith(ApiToken.SecretPrefix, StringComparison.Ordinal))
        {
            return AuthenticateResult.Fail("The bearer token is not a Tapbridge API token.");
        }

        // Two queries per request (token with its user, then roles): this runs on every API call.
        var hash = ApiToken.HashOf(secret);
        var found = await (
                from token in db.Set<ApiToken>().AsNoTracking()
                where token.Hash == hash
                join user in db.Users.AsNoTracking() on token.UserId equals user.Id
                select new { Token = token, User = user })
            .SingleOrDefaultAsync(Context.RequestAborted);
        var now = clock.GetUtcNow();
        if (found is null || !found.Token.IsActive(now))
        {
            return AuthenticateResult.Fail("The API token is unknown, expired or revoked.");
        }

        // A lockout stops password guessing only; it must not let a stranger switch off the owner's integrations.
        if (found.Token.UsageIsStale(now))
        {
            await db.Set<ApiToken>().Where(t => t.Id == found.Token.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        }

        var roles = await (
                from userRole in db.UserRoles
                where userRole.UserId == found.User.Id
                join role in db.Roles on userRole.RoleId equals role.Id
                select role.Name)
            .ToListAsync(Context.RequestAborted);
        var identity = new ClaimsIdentity(SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, found.User.Id.ToString()));
        identity.AddClaim(new Claim(ClaimTypes.Name, found.User.UserName ?? ""));
        identity.AddClaim(new Claim(ClaimTypes.Email, found.User.Email ?? ""));
        identity.AddClaims(roles.OfType<string>().Select(r => new Claim(ClaimTypes.Role, r)));
        identity.AddClaims(TapbridgeClaimsFactory.OrganizationClaims(found.User));
        identity.AddClaim(new Claim(TapbridgeClaims.AuthenticatedBy, TapbridgeClaims.ApiToken));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
