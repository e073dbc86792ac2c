namespace Tapbridge.TikTokShop.Transport;

/// <summary>Every TikTok answer: `code` 0 is success; `request_id` identifies the call to TikTok support.</summary>
public sealed record Envelope<T>(long Code, string? Message, string? RequestId, T? Data);
