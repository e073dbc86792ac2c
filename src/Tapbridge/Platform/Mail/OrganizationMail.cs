using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Localization;

namespace Tapbridge.Platform.Mail;

/// <summary>
/// Notices to everyone of one organization (a seller's team, a creator), each in their own language. Best effort: the
/// change they announce is already saved, so a mail server that is down is logged, never thrown back at the person who
/// made the change.
/// </summary>
public sealed class OrganizationMail(IDbContextFactory<TapbridgeDbContext> contexts, Mailer mailer, ILogger<OrganizationMail> logger)
{
    /// <summary>Sends the notice that <paramref name="compose"/> writes, called once per language of the recipients.</summary>
    public async Task NotifyAsync(OrganizationKind kind, Guid organizationId, Func<(string Subject, string Text)> compose,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(compose);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var people = await db.Users.AsNoTracking()
            .Where(u => u.OrganizationKind == kind && u.OrganizationId == organizationId && u.Email != null)
            .Select(u => new { Email = u.Email!, u.Language }).ToListAsync(cancellationToken);
        foreach (var language in people.GroupBy(p => Language.Find(p.Language) ?? Language.English))
        {
            var (subject, text) = LanguageScope.Write(language.Key, compose);
            foreach (var person in language)
            {
                try
                {
                    await mailer.SendAsync(person.Email, subject, text, cancellationToken);
                }
                catch (Exception e) when (e is IOException or MailKit.ServiceNotConnectedException or MailKit.Net.Smtp.SmtpCommandException
                    or MailKit.Net.Smtp.SmtpProtocolException or System.Net.Sockets.SocketException)
                {
                    logger.LogWarning(e, "The mail '{Subject}' to a member of {Kind} {Organization} could not be sent",
                        subject, kind, organizationId);
                }
            }
        }
    }
}
