using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Tapbridge.Platform.Mail;

/// <summary>Sends the product's mail: plain text with an HTML alternative, through SMTP or into the mail folder.</summary>
public sealed class Mailer(IOptions<MailSettings> options, MailFolder folder, TimeProvider clock, ILogger<Mailer> logger)
{
    public async Task SendAsync(string to, string subject, string text, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Date = clock.GetUtcNow();
        message.Body = new TextPart("plain") { Text = text };

        if (settings.UsesSmtp)
        {
            using var smtp = new SmtpClient();
            await smtp.ConnectAsync(settings.SmtpHost!, settings.SmtpPort,
                settings.SmtpStartTls ? SecureSocketOptions.StartTlsWhenAvailable : SecureSocketOptions.None, cancellationToken);
            if (!string.IsNullOrEmpty(settings.SmtpUser))
            {
                await smtp.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", cancellationToken);
            }

            await smtp.SendAsync(message, cancellationToken);
            await smtp.DisconnectAsync(quit: true, cancellationToken);
            logger.LogInformation("Mail {Subject} sent through SMTP", subject);
            return;
        }

        var file = await folder.WriteAsync(message, cancellationToken);
        logger.LogInformation("Mail {Subject} written to {File}", subject, file);
    }
}
