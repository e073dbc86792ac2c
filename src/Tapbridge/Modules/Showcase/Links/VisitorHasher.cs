using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Security;

namespace Tapbridge.Modules.Showcase.Links;

/// <summary>
/// Hashes a visitor (IP and user agent) with a salt derived per UTC day from one shared secret: every instance
/// computes the same hash, so one visitor is recognised across instances within a day, and no hash can be followed
/// from one day to the next. The raw IP never leaves memory.
/// </summary>
public sealed class VisitorHasher(IDbContextFactory<TapbridgeDbContext> contexts, SecretProtector secrets)
{
    private byte[]? key;
    private DailySalt? daily;

    public async Task<(string Visitor, string Ip)> HashAsync(string ip, string userAgent, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var salt = SaltFor(DateOnly.FromDateTime(at.UtcDateTime), await KeyAsync(cancellationToken));
        return (Hash(salt, ip + "\n" + userAgent), Hash(salt, ip));
    }

    private byte[] SaltFor(DateOnly day, byte[] secret)
    {
        var current = daily;
        if (current is null || current.Day != day)
        {
            current = new DailySalt(day, HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(day.ToString("O", CultureInfo.InvariantCulture))));
            daily = current;
        }

        return current.Salt;
    }

    private static string Hash(byte[] salt, string value) => Convert.ToHexStringLower(HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(value)).AsSpan(0, 16));

    private async ValueTask<byte[]> KeyAsync(CancellationToken cancellationToken) => key ??= await LoadOrCreateAsync(cancellationToken);

    private async Task<byte[]> LoadOrCreateAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Set<VisitorKey>().AsNoTracking().SingleOrDefaultAsync(cancellationToken) is { } stored)
        {
            return Convert.FromBase64String(secrets.Unprotect(stored.ProtectedKey));
        }

        db.Add(VisitorKey.Create(secrets.Protect(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)))));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance stored its key first: everyone uses that one.
        }

        await using var reread = await contexts.CreateDbContextAsync(cancellationToken);
        return Convert.FromBase64String(secrets.Unprotect((await reread.Set<VisitorKey>().AsNoTracking().SingleAsync(cancellationToken)).ProtectedKey));
    }

    private sealed record DailySalt(DateOnly Day, byte[] Salt);
}
