using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Mail;
using Tapbridge.Platform.Web;

namespace Tapbridge.Modules.Campaigns.Review;

/// <summary>Tells the seller's people about a review by email. A mail failure never undoes the review: it is logged.</summary>
public sealed class ReviewNotifier(IDbContextFactory<TapbridgeDbContext> contexts, Mailer mailer, PublicUrl urls, ILogger<ReviewNotifier> logger)
{
    public async Task DecidedAsync(Registration registration, Campaign campaign, string outcome, CancellationToken cancellationToken)
    {
        if (registration.SellerId is not { } seller)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var people = await db.Users.AsNoTracking()
            .Where(u => u.OrganizationKind == OrganizationKind.Seller && u.OrganizationId == seller && u.Email != null)
            .Select(u => u.Email!).ToListAsync(cancellationToken);
        var subject = registration.Status switch
        {
            RegistrationStatus.Approved => $"Approved: {registration.Title}",
            RegistrationStatus.Rejected => $"Not approved: {registration.Title}",
            RegistrationStatus.Closed => $"Closed: {registration.Title}",
            _ => $"Reviewed: {registration.Title}",
        };
        var text = $"""
            The agency reviewed your product in the campaign “{campaign.Name}” ({campaign.Market.Name}).

            {registration.Title} (product {registration.ProductId})
            {outcome}

            {(registration.Status == RegistrationStatus.Rejected && !registration.RejectedForever ? "You may change the registration and submit it again while registration is open." : "")}
            See it in the seller portal: {urls.For($"/seller/registrations/{registration.Id}")}
            """;
        foreach (var email in people)
        {
            try
            {
                await mailer.SendAsync(email, subject, text, cancellationToken);
            }
            catch (Exception e) when (e is IOException or MailKit.ServiceNotConnectedException or MailKit.Net.Smtp.SmtpCommandException or MailKit.Net.Smtp.SmtpProtocolException or System.Net.Sockets.SocketException)
            {
                logger.LogWarning(e, "The review mail for registration {Registration} to a seller user could not be sent", registration.Id);
            }
        }
    }
}
