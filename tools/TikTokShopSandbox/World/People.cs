namespace TikTokShopSandbox.World;

internal sealed class Creator
{
    public required string OpenId { get; init; }

    public required string Username { get; init; }

    public required string Nickname { get; init; }

    public required long Followers { get; init; }

    public required string Market { get; init; }

    public required int Seq { get; init; }

    public string AvatarUrl => $"https://p16-sign-va.tiktokcdn.com/tos-maliva-avt-0068/{Username}~c5_100x100.jpeg";
}

internal sealed record CategoryAsset(string Cipher, string Market);

/// <summary>The one agency: "Sandbox Agency", enrolled in category 3 in every market.</summary>
internal sealed class Partner
{
    public const int CategoryId = 3;
    public const string CategoryName = "Seller and Scalable Creator Match-up";

    public required string Id { get; init; }

    public required string OpenId { get; init; }

    public required string Name { get; init; }

    public required string BaseRegion { get; init; }

    public required IReadOnlyList<CategoryAsset> Assets { get; init; }
}
