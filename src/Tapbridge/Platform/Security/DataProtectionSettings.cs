using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Tapbridge.Platform.Security;

/// <summary>
/// The <c>DataProtection</c> section: the certificate that encrypts the shared key ring at rest (production). Read
/// while services are registered, so a bad value is refused there, naming the key.
/// </summary>
public sealed class DataProtectionSettings
{
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    public X509Certificate2? Certificate()
    {
        if (string.IsNullOrWhiteSpace(CertificatePath))
        {
            return null;
        }

        if (!File.Exists(CertificatePath))
        {
            throw new InvalidConfigurationException($"DataProtection:CertificatePath '{CertificatePath}' is not a file.");
        }

        try
        {
            return X509CertificateLoader.LoadPkcs12FromFile(CertificatePath, CertificatePassword);
        }
        catch (CryptographicException e)
        {
            throw new InvalidConfigurationException(
                $"DataProtection:CertificatePath '{CertificatePath}' cannot be read as a PKCS#12 certificate "
                + $"with DataProtection:CertificatePassword: {e.Message}");
        }
    }
}
