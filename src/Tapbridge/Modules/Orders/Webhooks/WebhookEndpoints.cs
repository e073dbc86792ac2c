using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Connections;
using Tapbridge.Platform.Data;
using Tapbridge.TikTokShop.Webhooks;

namespace Tapbridge.Modules.Orders.Webhooks;

/// <summary>
/// TikTok Shop's webhook address. The signature is checked over the raw bytes before anything is read or written;
/// the notification is stored, then acknowledged (TikTok waits 3 s); the work happens afterwards, off the request.
/// </summary>
internal static class WebhookEndpoints
{
    public const string Path = "/webhooks/tiktok";
    private const int MaxBody = 256 * 1024;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost(Path, ReceiveAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();

    private static async Task<IResult> ReceiveAsync(HttpContext http, TikTokAppSettings settings, IDbContextFactory<TapbridgeDbContext> contexts, TimeProvider clock, ILogger<WebhookNotification> logger)
    {
        var body = await ReadAsync(http.Request, http.RequestAborted);
        if (body is null)
        {
            return TypedResults.Problem("The webhook body is larger than 256 KB.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        if (!await settings.IsTikTokSignatureAsync(http.Request.Headers.Authorization, body, http.RequestAborted))
        {
            return TypedResults.Problem("The Authorization header is not TikTok's signature of this body.", statusCode: StatusCodes.Status401Unauthorized);
        }

        WebhookEvent parsed;
        try
        {
            parsed = WebhookEvent.Parse(body);
        }
        catch (JsonException e)
        {
            return TypedResults.Problem($"The webhook body is not TikTok's JSON: {e.Message}", statusCode: StatusCodes.Status400BadRequest);
        }

        if (parsed.TtsNotificationId.Length is 0 or > 64)
        {
            return TypedResults.Problem("tts_notification_id is missing.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (parsed.ShopId is { Length: > WebhookNotification.MaxId })
        {
            return TypedResults.Problem($"shop_id is longer than {WebhookNotification.MaxId} characters.", statusCode: StatusCodes.Status400BadRequest);
        }

        string? orderId = null;
        if (parsed.Data.ValueKind == JsonValueKind.Object && parsed.Data.TryGetProperty("order_id", out var id))
        {
            // TikTok's ids are strings (numbers that long lose digits in JavaScript); anything else is not TikTok's.
            if (id.ValueKind != JsonValueKind.String || id.GetString()!.Length > WebhookNotification.MaxId)
            {
                return TypedResults.Problem($"data.order_id must be a string of at most {WebhookNotification.MaxId} characters.",
                    statusCode: StatusCodes.Status400BadRequest);
            }

            orderId = id.GetString();
        }

        var hash = WebhookNotification.HashOf(body);
        await using var db = await contexts.CreateDbContextAsync(http.RequestAborted);
        db.Add(WebhookNotification.Receive(parsed.TtsNotificationId, parsed.Type, parsed.ShopId, orderId, Encoding.UTF8.GetString(body), hash, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(http.RequestAborted);
        }
        catch (DbUpdateException)
        {
            await using var again = await contexts.CreateDbContextAsync(http.RequestAborted);
            var known = await again.Set<WebhookNotification>().AsNoTracking().SingleOrDefaultAsync(n => n.Id == parsed.TtsNotificationId, http.RequestAborted);
            if (known is null)
            {
                throw;
            }

            if (known.BodyHash != hash)
            {
                logger.LogError("Webhook {Id} arrived again with a different body; the second body was refused", parsed.TtsNotificationId);
                return TypedResults.Problem($"Notification {parsed.TtsNotificationId} was already received with another body; nothing was changed.", statusCode: StatusCodes.Status409Conflict);
            }
        }

        return TypedResults.Ok();
    }

    private static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBody)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
