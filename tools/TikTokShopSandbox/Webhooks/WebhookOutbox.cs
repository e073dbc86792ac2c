using TikTokShopSandbox.Common;

namespace TikTokShopSandbox.Webhooks;

internal enum DeliveryState
{
    Pending,
    Delivered,
    Failed,
    Skipped,
}

internal sealed class WebhookDelivery
{
    public required string Id { get; init; }

    public required int Type { get; init; }

    public string? ShopId { get; init; }

    public string? CreatorOpenId { get; init; }

    public required long EventTime { get; init; }

    public required byte[] Body { get; init; }

    public required int Seq { get; init; }

    public int Attempts { get; set; }

    public int? LastStatus { get; set; }

    public long? LastAttemptAt { get; set; }

    public long? NextAttemptAt { get; set; }

    public DeliveryState State { get; set; }
}

/// <summary>Webhook events in the order they happened, with TikTok's retry schedule in sandbox time.</summary>
internal sealed class WebhookOutbox(bool enabled)
{
    /// <summary>After the n-th failed attempt the next one waits this long; after the last, none.</summary>
    private static readonly long[] RetryDelays = [2 * 60, 30 * 60, 3 * 3600, 12 * 3600];

    public List<WebhookDelivery> All { get; } = [];

    public bool Enabled => enabled;

    public void Enqueue(long now, string id, int type, string? shopId, string? creatorOpenId, object data)
    {
        object body = shopId is not null
            ? new { Type = type, TtsNotificationId = id, ShopId = shopId, Timestamp = now, Data = data }
            : new { Type = type, TtsNotificationId = id, CreatorOpenId = creatorOpenId, Timestamp = now, Data = data };
        All.Add(new WebhookDelivery
        {
            Id = id,
            Type = type,
            ShopId = shopId,
            CreatorOpenId = creatorOpenId,
            EventTime = now,
            Body = SandboxJson.Serialize(body),
            Seq = All.Count,
            NextAttemptAt = enabled ? now : null,
            State = enabled ? DeliveryState.Pending : DeliveryState.Skipped,
        });
    }

    public long? NextDue => All.Where(d => d.State == DeliveryState.Pending).Min(d => d.NextAttemptAt);

    public List<WebhookDelivery> DueAt(long now) =>
        [.. All.Where(d => d.State == DeliveryState.Pending && d.NextAttemptAt <= now).OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Seq)];

    /// <summary>Records one attempt made at the sandbox instant <paramref name="now"/>; only HTTP 200 counts.</summary>
    public static void Record(WebhookDelivery delivery, int? status, long now)
    {
        delivery.Attempts++;
        delivery.LastStatus = status;
        delivery.LastAttemptAt = now;
        if (status == StatusCodes.Status200OK)
        {
            delivery.State = DeliveryState.Delivered;
            delivery.NextAttemptAt = null;
        }
        else if (delivery.Attempts <= RetryDelays.Length)
        {
            delivery.NextAttemptAt = now + RetryDelays[delivery.Attempts - 1];
        }
        else
        {
            delivery.State = DeliveryState.Failed;
            delivery.NextAttemptAt = null;
        }
    }

    public static string StateName(DeliveryState state) => state switch
    {
        DeliveryState.Pending => "PENDING",
        DeliveryState.Delivered => "DELIVERED",
        DeliveryState.Failed => "FAILED",
        DeliveryState.Skipped => "SKIPPED",
    };
}
