using System.Buffers;
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
internal sealed class VisitorHasher(IDbContextFactory<TapbridgeDbContext> contexts, SecretProtector secrets)
{
    private byte[]? key;
    private VisitorSalt? daily;

    public async Task<(string Visitor, string Ip)> HashAsync(string ip, string userAgent, DateTimeOffset at, CancellationToken cancellationToken) =>
        (await SaltAsync(at, cancellationToken)).Hash(ip, userAgent);

    /// <summary>The salt of <paramref name="at"/>'s UTC day: a batch of that day's clicks is hashed with it without a wait per click.</summary>
    public async ValueTask<VisitorSalt> SaltAsync(DateTimeOffset at, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        var current = daily;
        if (current is null || current.Day != day)
        {
            var secret = await KeyAsync(cancellationToken);
            current = new VisitorSalt(day, HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes(day.ToString("O", CultureInfo.InvariantCulture))));
            daily = current;
        }

        return current;
    }

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

}

/// <summary>One UTC day's salt. Hashing encodes into a stack buffer and runs two HMACs, with no other allocation than the two hex strings.</summary>
internal sealed class VisitorSalt(DateOnly day, byte[] salt)
{
    private const int StackLimit = 1024;

    public DateOnly Day { get; } = day;

    public (string Visitor, string Ip) Hash(string ip, string userAgent)
    {
        ArgumentNullException.ThrowIfNull(ip);
        ArgumentNullException.ThrowIfNull(userAgent);
        var needed = Encoding.UTF8.GetMaxByteCount(ip.Length + 1 + userAgent.Length);
        var rented = needed > StackLimit ? ArrayPool<byte>.Shared.Rent(needed) : null;
        try
        {
            var text = rented is null ? stackalloc byte[StackLimit] : rented.AsSpan();
            var ipLength = Encoding.UTF8.GetBytes(ip, text);
            text[ipLength] = (byte)'\n';
            var length = ipLength + 1 + Encoding.UTF8.GetBytes(userAgent, text[(ipLength + 1)..]);
            return (Of(text[..length]), Of(text[..ipLength]));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private string Of(ReadOnlySpan<byte> value)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(salt, value, mac);
        return Convert.ToHexStringLower(mac[..16]);
    }
}
