using Microsoft.Extensions.Localization;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Localization;
using Tapbridge.Platform.Mail;
using Tapbridge.Platform.Web;

namespace Tapbridge.Modules.Samples;

/// <summary>
/// Tells the creator about each step of her sample that asks something of her or answers her, in her language: asked,
/// approved, turned down (with the reason), shipped, delivered (with the content deadline), due in three days, overdue.
/// Mail is best effort: the step is saved whether or not the mail goes.
/// </summary>
internal sealed class SampleNotifier(
    OrganizationMail mail, PublicUrl urls, IStringLocalizerFactory localizers, IStringLocalizer<Words> words)
{
    private readonly IStringLocalizer text = localizers.Create(typeof(SamplesMailText));

    public Task RequestedAsync(SampleRequest sample, CancellationToken cancellationToken) =>
        SendAsync(sample, "Requested", s => [s.ReviewDueAt.Day(s.Market)], cancellationToken);

    public Task DecidedAsync(SampleRequest sample, CancellationToken cancellationToken) => sample.Stage == SampleStage.Cancelled
        ? SendAsync(sample, "Rejected", s => [words.Label(s.RejectReason ?? SampleRejectReason.Other), s.RejectNote ?? ""],
            cancellationToken)
        : SendAsync(sample, "Approved", s => [s.OnTikTok ? text["Approved.TikTok"].Value : text["Approved.Seller"].Value],
            cancellationToken);

    public Task ShippedAsync(SampleRequest sample, CancellationToken cancellationToken) =>
        SendAsync(sample, "Shipped", s => [s.Carrier ?? "", s.TrackingNumber ?? ""], cancellationToken);

    public Task DeliveredAsync(SampleRequest sample, CancellationToken cancellationToken) =>
        SendAsync(sample, "Delivered", s => [s.ContentDueAt!.Value.Day(s.Market)], cancellationToken);

    public Task DueSoonAsync(SampleRequest sample, CancellationToken cancellationToken) =>
        SendAsync(sample, "DueSoon", s => [s.ContentDueAt!.Value.Day(s.Market)], cancellationToken);

    public Task OverdueAsync(SampleRequest sample, CancellationToken cancellationToken) =>
        SendAsync(sample, "Overdue", s => [s.ContentDueAt!.Value.Day(s.Market)], cancellationToken);

    /// <summary>
    /// Every mail: "{step}.Subject" with the product as {0}; "{step}.Text" with the product, the link and the step's
    /// own values after them.
    /// </summary>
    private Task SendAsync(SampleRequest sample, string step, Func<SampleRequest, string[]> values, CancellationToken cancellationToken)
    {
        var link = urls.For($"/creator/samples/{sample.Id}");
        return mail.NotifyAsync(OrganizationKind.Creator, sample.CreatorId, () =>
        {
            var title = $"{sample.ProductTitle} ({sample.SkuName})";
            object[] arguments = [title, link, .. values(sample)];
            return (text[$"{step}.Subject", title].Value, text[$"{step}.Text", arguments].Value);
        }, cancellationToken);
    }
}
