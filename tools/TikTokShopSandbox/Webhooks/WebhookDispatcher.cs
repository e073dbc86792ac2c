using System.Net.Http.Headers;
using TikTokShopSandbox.Signing;

namespace TikTokShopSandbox.Webhooks;

/// <summary>POSTs one webhook with TikTok's <c>Authorization</c> signature and reports the HTTP status.</summary>
internal sealed class WebhookDispatcher(SandboxOptions options, ILogger<WebhookDispatcher> logger) : IDisposable
{
    // TikTok allows 3 s; the sandbox waits longer so a cold test host is not counted as a failure.
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public async Task<int?> SendAsync(WebhookDelivery delivery, CancellationToken ct)
    {
        using var content = new ByteArrayContent(delivery.Body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, options.WebhookUrl) { Content = content };
        request.Headers.TryAddWithoutValidation("Authorization", Signatures.Webhook(options.AppSecret, options.AppKey, delivery.Body));
        try
        {
            using var response = await http.SendAsync(request, ct);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning("Webhook {Id} to {Url} failed: {Message}", delivery.Id, options.WebhookUrl, e.GetBaseException().Message);
            return null;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning("Webhook {Id} to {Url} timed out", delivery.Id, options.WebhookUrl);
            return null;
        }
    }

    public void Dispose() => http.Dispose();
}
