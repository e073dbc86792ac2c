using Microsoft.Extensions.Localization;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Localization;
using Tapbridge.Platform.Mail;
using Tapbridge.Platform.Web;

namespace Tapbridge.Modules.Campaigns.Review;

/// <summary>
/// Tells the seller's people about a review by email, each in their language; the outcome is the review's own English
/// line, as the registration's history has it. A mail failure never undoes the review: it is logged.
/// </summary>
public sealed class ReviewNotifier(OrganizationMail mail, PublicUrl urls, IStringLocalizerFactory localizers, IStringLocalizer<Words> words)
{
    // Through the factory: the marker is internal, so this public class cannot take its typed localizer.
    private readonly IStringLocalizer text = localizers.Create(typeof(CampaignsMailText));

    public async Task DecidedAsync(Registration registration, Campaign campaign, string outcome, CancellationToken cancellationToken)
    {
        if (registration.SellerId is not { } seller)
        {
            return;
        }

        var link = urls.For($"/seller/registrations/{registration.Id}");
        await mail.NotifyAsync(OrganizationKind.Seller, seller, () =>
        {
            var subject = registration.Status switch
            {
                RegistrationStatus.Approved => text["Review.Approved.Subject", registration.Title],
                RegistrationStatus.Rejected => text["Review.Rejected.Subject", registration.Title],
                RegistrationStatus.Closed => text["Review.Closed.Subject", registration.Title],
                _ => text["Review.Other.Subject", registration.Title],
            };
            var again = registration.Status == RegistrationStatus.Rejected && !registration.RejectedForever
                ? text["Review.Resubmit"].Value
                : "";
            return (subject.Value, text["Review.Text", campaign.Name, words[$"Market.{campaign.Market.Code}"].Value, registration.Title,
                registration.ProductId, outcome, again, link].Value);
        }, cancellationToken);
    }
}
