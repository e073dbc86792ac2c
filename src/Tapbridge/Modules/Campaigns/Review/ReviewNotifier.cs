using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Mail;
using Tapbridge.Platform.Web;

namespace Tapbridge.Modules.Campaigns.Review;

/// <summary>Tells the seller's people about a review by email. A mail failure never undoes the review: it is logged.</summary>
public sealed class ReviewNotifier(OrganizationMail mail, PublicUrl urls)
{
    public async Task DecidedAsync(Registration registration, Campaign campaign, string outcome, CancellationToken cancellationToken)
    {
        if (registration.SellerId is not { } seller)
        {
            return;
        }

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
        await mail.NotifyAsync(OrganizationKind.Seller, seller, subject, text, cancellationToken);
    }
}
