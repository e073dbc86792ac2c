namespace Tapbridge.Platform.Mail;

/// <summary>
/// Mail goes through SMTP when <see cref="SmtpHost"/> is set; otherwise each message is written as an .eml file
/// to <see cref="Folder"/>, where agency admins can read it in the UI (the demo's way to finish a password reset).
/// </summary>
public sealed class MailSettings
{
    public string From { get; set; } = "Tapbridge <no-reply@tapbridge.local>";
    public string? SmtpHost { get; set; }
    [System.ComponentModel.DataAnnotations.Range(1, 65_535, ErrorMessage = "Mail:SmtpPort must be a port number, 1 to 65,535.")]
    public int SmtpPort { get; set; } = 587;
    public string? SmtpUser { get; set; }
    public string? SmtpPassword { get; set; }
    public bool SmtpStartTls { get; set; } = true;
    public string Folder { get; set; } = "data/mail";

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(SmtpHost);
}
