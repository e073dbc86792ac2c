using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Tapbridge.Platform.Security;

/// <summary>
/// Encrypts secrets at rest (app secrets, access and refresh tokens) with the shared Data Protection key ring, so every
/// instance can read what another wrote and a copy of the database alone reveals nothing.
/// </summary>
public sealed class SecretProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector protector = provider.CreateProtector("Tapbridge.Secrets.v1");

    public string Protect(string secret) => protector.Protect(secret);

    public string Unprotect(string protectedSecret)
    {
        try
        {
            return protector.Unprotect(protectedSecret);
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException("A stored secret cannot be decrypted: the Data Protection key ring does not hold its key.", e);
        }
    }

    /// <summary>What a person may see of a secret: its last four characters.</summary>
    public static string Mask(string secret) => secret.Length <= 4 ? "••••" : $"••••{secret[^4..]}";
}
