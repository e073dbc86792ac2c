using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;

namespace Tapbridge.Platform.Mail;

/// <summary>
/// Notices to everyone of one organization (a seller's team, a creator). Best effort: the change they announce is
/// already saved, so a mail server that is down is logged, never thrown back at the person who made the change.
/// </summary>
public sealed class OrganizationMail(IDbContextFactory<TapbridgeDbContext> contexts, Mailer mailer, ILogger<OrganizationMail> logger)
{
    public async Task NotifyAsync(OrganizationKind kind, Guid organizationId, string subject, string text, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var people = await db.Users.AsNoTracking()
            .Where(u => u.OrganizationKind == kind && u.OrganizationId == organizationId && u.Email != null)
            .Select(u => u.Email!).ToListAsync(cancellationToken);
        foreach (var email in people)
        {
            try
            {
                await mailer.SendAsync(email, subject, text, cancellationToken);
            }
            catch (Exception e) when (e is IOException or MailKit.ServiceNotConnectedException or MailKit.Net.Smtp.SmtpCommandException
                or MailKit.Net.Smtp.SmtpProtocolException or System.Net.Sockets.SocketException)
            {
                logger.LogWarning(e, "The mail '{Subject}' to a member of {Kind} {Organization} could not be sent", subject, kind, organizationId);
            }
        }
    }
}
