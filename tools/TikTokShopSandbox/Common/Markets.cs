namespace TikTokShopSandbox.Common;

/// <summary>The markets where affiliate APIs exist, with their currency and campaign messenger.</summary>
internal static class Markets
{
    public static IReadOnlyList<string> All { get; } = ["VN", "PH", "TH", "ID", "MY", "SG", "US"];

    public static string Currency(string market) => market switch
    {
        "VN" => "VND",
        "PH" => "PHP",
        "TH" => "THB",
        "ID" => "IDR",
        "MY" => "MYR",
        "SG" => "SGD",
        "US" => "USD",
        _ => throw new ArgumentOutOfRangeException(nameof(market), market, "Unknown market"),
    };

    /// <summary>The market's IANA time zone, in which its creators live their days and hours.</summary>
    public static string TimeZoneId(string market) => market switch
    {
        "VN" => "Asia/Ho_Chi_Minh",
        "PH" => "Asia/Manila",
        "TH" => "Asia/Bangkok",
        "ID" => "Asia/Jakarta",
        "MY" => "Asia/Kuala_Lumpur",
        "SG" => "Asia/Singapore",
        "US" => "America/Los_Angeles",
        _ => throw new ArgumentOutOfRangeException(nameof(market), market, "Unknown market"),
    };

    public static TimeZoneInfo TimeZone(string market) => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId(market));

    /// <summary>The contact_info field a campaign in this market must fill, besides email.</summary>
    public static string? Messenger(string market) => market switch
    {
        "VN" => "zalo",
        "PH" => "viber",
        "TH" => "line",
        "MY" or "SG" or "ID" => "whatsapp",
        _ => null,
    };

    /// <summary>Roughly how many local currency units one US dollar buys, for seeding prices.</summary>
    public static decimal PriceFactor(string market) => market switch
    {
        "VN" => 25_000m,
        "PH" => 57m,
        "TH" => 36m,
        "ID" => 16_000m,
        "MY" => 4.7m,
        "SG" => 1.35m,
        _ => 1m,
    };

    /// <summary>Rounds a seeded price to what a shop in this market would ask.</summary>
    public static decimal ShelfPrice(string market, decimal usd)
    {
        var local = usd * PriceFactor(market);
        return market switch
        {
            "VN" or "ID" => Math.Max(1_000m, Math.Round(local / 1_000m) * 1_000m),
            "PH" or "TH" => Math.Max(1m, Math.Round(local)),
            _ => Math.Max(0.1m, Math.Round(local, 1)),
        };
    }
}
