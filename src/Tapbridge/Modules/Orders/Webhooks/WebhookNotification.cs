using System.Security.Cryptography;

namespace Tapbridge.Modules.Orders.Webhooks;

/// <summary>
/// A webhook TikTok delivered, stored before it is acknowledged. <see cref="Id"/> is TikTok's `tts_notification_id`:
/// a repeat delivery of the same body is a duplicate and changes nothing; the same id with another body is refused.
/// </summary>
internal sealed class WebhookNotification
{
    public const int MaxAttempts = 10;

    /// <summary>The longest shop or order id stored (TikTok's are 19 digits).</summary>
    public const int MaxId = 32;

    private WebhookNotification()
    {
    }

    public string Id { get; private set; } = "";
    public int Type { get; private set; }
    public string? ShopId { get; private set; }
    public string? OrderId { get; private set; }
    public string BodyHash { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTimeOffset ReceivedAt { get; private set; }
    public DateTimeOffset? ProcessedAt { get; private set; }
    public string? Outcome { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }

    public static string HashOf(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body));

    public static WebhookNotification Receive(string id, int type, string? shopId, string? orderId, string body, string bodyHash, DateTimeOffset now) => new()
    {
        Id = id, Type = type, ShopId = shopId, OrderId = orderId, Body = body, BodyHash = bodyHash, ReceivedAt = now, NextAttemptAt = now,
    };

    public void Processed(string outcome, DateTimeOffset now) => (ProcessedAt, Outcome, Attempts) = (now, outcome, Attempts + 1);

    /// <summary>Processing failed (TikTok unreachable): try again later, a few times, then give up loudly.</summary>
    public void Failed(string error, DateTimeOffset now)
    {
        Attempts++;
        Outcome = $"Attempt {Attempts} failed: {(error.Length > 300 ? error[..300] : error)}";
        NextAttemptAt = now.AddMinutes(Math.Pow(2, Attempts));
        if (Attempts >= MaxAttempts)
        {
            ProcessedAt = now;
        }
    }
}
