using Tapbridge.TikTokShop.Partner;

namespace Tapbridge.Modules.Samples;

/// <summary>TikTok's <c>free_sample_status</c> (P12, reference §5.3) in Tapbridge's stages.</summary>
internal static class SampleTikTokStatus
{
    /// <summary>Whether the parcel has left the seller: TikTok's tracking (P14) has something to say.</summary>
    public static bool Ships(FreeSampleStatus status) =>
        status is FreeSampleStatus.Shipped or FreeSampleStatus.ContentPending or FreeSampleStatus.Completed or FreeSampleStatus.OperatorManualCompleted;

    /// <summary>The stage a status means, and the reason for a cancelled one; no stage for NOT_REQUESTED.</summary>
    public static (SampleStage? Stage, SampleCancelReason? Reason) Stage(FreeSampleStatus status) => status switch
    {
        FreeSampleStatus.Pending => (SampleStage.Requested, null),
        FreeSampleStatus.AwaitingShipment or FreeSampleStatus.AwaitingCollection => (SampleStage.AwaitingShipment, null),
        FreeSampleStatus.Shipped => (SampleStage.Shipped, null),
        FreeSampleStatus.ContentPending => (SampleStage.ContentDue, null),
        FreeSampleStatus.Completed or FreeSampleStatus.OperatorManualCompleted => (SampleStage.Completed, null),
        FreeSampleStatus.RejectCancelled => (SampleStage.Cancelled, SampleCancelReason.Rejected),
        FreeSampleStatus.WithdrawCancelled => (SampleStage.Cancelled, SampleCancelReason.Withdrawn),
        FreeSampleStatus.OverdueCancelled => (SampleStage.Cancelled, SampleCancelReason.ReviewExpired),
        FreeSampleStatus.UnfulfilCancelled => (SampleStage.Cancelled, SampleCancelReason.NoContent),
        FreeSampleStatus.SellerNotShipCancelled => (SampleStage.Cancelled, SampleCancelReason.NotShipped),
        FreeSampleStatus.DelPlanCancelled or FreeSampleStatus.UnfulfillableCancelled =>
            (SampleStage.Cancelled, SampleCancelReason.ProductUnavailable),
        FreeSampleStatus.OperatorManualCancelled or FreeSampleStatus.OperatorManualFailed =>
            (SampleStage.Cancelled, SampleCancelReason.CancelledByTikTok),
        _ => (null, null),
    };
}
