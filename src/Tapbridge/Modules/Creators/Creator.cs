using System.Text.RegularExpressions;
using Tapbridge.Platform;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Creators;

/// <summary>A creator's account: bound to one TikTok handle in one market. Creators may work with other agencies too.</summary>
public sealed partial class Creator
{
    private Creator()
    {
    }

    public Guid Id { get; private set; }
    public string Handle { get; private set; } = "";
    public string MarketCode { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public int FollowerCount { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public static Creator Create(string handle, Market market, string displayName, int followerCount, DateTimeOffset now)
    {
        displayName = displayName.Trim();
        if (displayName.Length is < 2 or > 120)
        {
            throw new RuleViolationException("Your name must be 2 to 120 characters.", "displayName");
        }

        if (followerCount is < 0 or > 1_000_000_000)
        {
            throw new RuleViolationException("The follower count must be a number from 0 to 1,000,000,000.", "followerCount");
        }

        return new Creator
        {
            Id = Guid.CreateVersion7(now),
            Handle = NormalizeHandle(handle),
            MarketCode = market.Code,
            DisplayName = displayName,
            FollowerCount = followerCount,
            CreatedAt = now,
        };
    }

    /// <summary>TikTok usernames: 2–24 letters, digits, underscores and periods, not ending in a period; case-insensitive.</summary>
    public static string NormalizeHandle(string handle)
    {
        var normalized = handle.Trim().TrimStart('@').ToLowerInvariant();
        if (!HandlePattern().IsMatch(normalized) || normalized.EndsWith('.'))
        {
            throw new RuleViolationException("A TikTok handle is 2 to 24 letters, digits, underscores or periods, like @linh.beauty.", "handle");
        }

        return normalized;
    }

    [GeneratedRegex("^[a-z0-9_.]{2,24}$")]
    private static partial Regex HandlePattern();
}
