using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Security;

namespace Tapbridge.Modules.Connections;

/// <summary>Read and change the agency's TikTok Shop app settings. The secret is write-only: it is never shown back.</summary>
public sealed class TikTokAppSettings(IDbContextFactory<TapbridgeDbContext> contexts, SecretProtector secrets, TimeProvider clock)
{
    public async Task<TikTokAppView?> GetAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var app = await db.Set<TikTokApp>().AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return app is null ? null : new TikTokAppView(app.AppKey, app.SecretHint, app.ServiceId, app.Environment, app.SandboxUrl, app.UpdatedAt);
    }

    /// <summary>Whether a webhook's Authorization header is TikTok's signature of these exact bytes with the app's key and secret.</summary>
    public async Task<bool> IsTikTokSignatureAsync(string? authorization, ReadOnlyMemory<byte> rawBody, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var app = await db.Set<TikTokApp>().AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return app is not null && TikTokShop.Webhooks.WebhookSignature.IsValid(app.AppKey, secrets.Unprotect(app.ProtectedSecret), authorization, rawBody.Span);
    }

    public async Task SaveAsync(Actor actor, TikTokAppChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(change);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var app = await db.Set<TikTokApp>().SingleOrDefaultAsync(cancellationToken);
        if (app is null)
        {
            app = TikTokApp.Create();
            db.Add(app);
        }

        var secret = string.IsNullOrWhiteSpace(change.AppSecret) ? null : change.AppSecret.Trim();
        app.Configure(change.AppKey, secret is null ? null : secrets.Protect(secret), secret is null ? null : SecretProtector.Mask(secret),
            change.ServiceId, change.Environment, change.SandboxUrl, actor.UserId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }
}

public sealed record TikTokAppView(string AppKey, string SecretHint, string ServiceId, TikTokEnvironment Environment, string? SandboxUrl, DateTimeOffset UpdatedAt);

public sealed record TikTokAppChange(string AppKey, string? AppSecret, string ServiceId, TikTokEnvironment Environment, string? SandboxUrl);
