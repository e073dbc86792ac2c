using System.Text.Json;
using System.Text.Json.Serialization;
using Tapbridge.TikTokShop.Json;

namespace Tapbridge.TikTokShop.Webhooks;

/// <summary>
/// A webhook as TikTok posts it. <see cref="TtsNotificationId"/> is the de-duplication key; <see cref="Data"/> is
/// kept raw and read with <see cref="As{T}"/> for the types Tapbridge handles.
/// </summary>
public sealed record WebhookEvent
{
    public int Type { get; init; }
    public string TtsNotificationId { get; init; } = "";
    public string? ShopId { get; init; }
    public string? CreatorOpenId { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? Timestamp { get; init; }

    public JsonElement Data { get; init; }

    public T As<T>() => Data.Deserialize<T>(TikTokJson.Options) ?? throw new JsonException($"Webhook {TtsNotificationId} of type {Type} has no data.");

    public static WebhookEvent Parse(ReadOnlySpan<byte> rawBody) =>
        JsonSerializer.Deserialize<WebhookEvent>(rawBody, TikTokJson.Options) ?? throw new JsonException("The webhook body is empty.");
}

public static class WebhookTypes
{
    public const int OrderStatusChange = 1;
    public const int SellerDeauthorization = 6;
    public const int CancellationStatusChange = 11;
    public const int ReturnStatusChange = 12;
    public const int ShoppableContentPosting = 17;
    public const int CreatorDeauthorization = 20;
}

/// <summary>Type 1. `order_status`: UNPAID, ON_HOLD, AWAITING_SHIPMENT, AWAITING_COLLECTION, CANCEL, IN_TRANSIT, DELIVERED, COMPLETED.</summary>
public sealed record OrderStatusChange
{
    public string OrderId { get; init; } = "";
    public string OrderStatus { get; init; } = "";
    public bool IsOnHoldOrder { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? UpdateTime { get; init; }
}

/// <summary>Type 11.</summary>
public sealed record CancellationStatusChange
{
    public string OrderId { get; init; } = "";
    public string? CancellationsRole { get; init; }
    public string CancelStatus { get; init; } = "";
    public string CancelId { get; init; } = "";

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? CreateTime { get; init; }
}

/// <summary>Type 12.</summary>
public sealed record ReturnStatusChange
{
    public string OrderId { get; init; } = "";
    public string? ReturnRole { get; init; }
    public string ReturnType { get; init; } = "";
    public string ReturnStatus { get; init; } = "";
    public string ReturnId { get; init; } = "";

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? CreateTime { get; init; }

    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? UpdateTime { get; init; }
}

/// <summary>Type 17: a creator added, updated or removed shoppable content for a product.</summary>
public sealed record ShoppableContentPosting
{
    public string ProductId { get; init; } = "";
    public ShoppableContentEvent? Event { get; init; }
}

public sealed record ShoppableContentEvent(string Type, string Scene, string ContentId);

/// <summary>Type 20: the creator withdrew the app's authorization.</summary>
public sealed record CreatorDeauthorization
{
    [JsonConverter(typeof(UnixSecondsConverter))]
    public DateTimeOffset? CancelTime { get; init; }
}
