using TikTokShopSandbox.Campaigns;
using TikTokShopSandbox.World;

namespace TikTokShopSandbox.Orders;

/// <summary>P10's view of the orders: one timeline per category asset and one per campaign, and their sequence.</summary>
internal sealed class OrderIndex
{
    private readonly Dictionary<CategoryAsset, OrderTimeline> byAsset = [];
    private readonly Dictionary<Campaign, OrderTimeline> byCampaign = [];

    /// <summary>How many order sequences were issued; an order's sequence breaks create-time ties.</summary>
    public int SequencesIssued { get; private set; }

    public int NextSeq() => SequencesIssued++;

    public void Add(Order order)
    {
        var campaign = order.CampaignProduct.Campaign;
        Timeline(byAsset, campaign.Asset).Add(order);
        Timeline(byCampaign, campaign).Add(order);
    }

    /// <summary>A batch of one campaign's orders in (create time, sequence) order.</summary>
    public void AddSorted(Campaign campaign, IReadOnlyList<Order> batch)
    {
        Timeline(byAsset, campaign.Asset).AddSorted(batch);
        Timeline(byCampaign, campaign).AddSorted(batch);
    }

    public OrderTimeline Of(CategoryAsset asset) => byAsset.GetValueOrDefault(asset) ?? OrderTimeline.Empty;

    public OrderTimeline Of(Campaign campaign) => byCampaign.GetValueOrDefault(campaign) ?? OrderTimeline.Empty;

    private static OrderTimeline Timeline<TKey>(Dictionary<TKey, OrderTimeline> timelines, TKey key)
        where TKey : notnull
    {
        if (!timelines.TryGetValue(key, out var timeline))
        {
            timeline = new OrderTimeline();
            timelines[key] = timeline;
        }

        return timeline;
    }
}
