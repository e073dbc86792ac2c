using Microsoft.Extensions.Localization;
using Tapbridge.Platform.Localization;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Samples.Components;

/// <summary>The one line that tells a creator where her sample is and what comes next, in her language.</summary>
internal static class SampleNext
{
    public static string Say(IStringLocalizer<SamplesText> text, SampleView s)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(s);
        var market = Market.Get(s.Market);
        return s.Stage switch
        {
            SampleStage.Requested when s.ReviewOverdue => text["Next.ReviewLate"],
            SampleStage.Requested => text["Next.Review", s.ReviewDueAt.Day(market)],
            SampleStage.AwaitingShipment when s.AwaitingTikTok => text["Next.OrderingInTikTok"],
            SampleStage.AwaitingShipment => text["Next.Ship"],
            SampleStage.Shipped =>
                s.TrackingNumber is { } tracking ? text["Next.OnItsWayTracked", s.Carrier ?? "", tracking] : text["Next.OnItsWay"],
            SampleStage.ContentDue when s.ContentOverdue => text["Next.PostLate", s.ContentDueAt!.Value.Day(market)],
            SampleStage.ContentDue => text["Next.Post", s.ContentDueAt!.Value.Day(market)],
            SampleStage.Completed => text["Next.Posted", (s.PostedAt ?? s.RequestedAt).Day(market)],
            _ => text["Next.Ended", (s.RequestedAt).Day(market)],
        };
    }
}
