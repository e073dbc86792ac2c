using System.Globalization;
using System.Text.RegularExpressions;
using Tapbridge.Platform;
using Tapbridge.Platform.Markets;
using static Tapbridge.Platform.RuleViolationException;

namespace Tapbridge.Modules.Creators;

/// <summary>
/// A creator's account: bound to one TikTok handle in one market. Onboarding: prove the handle (a one-time code in the
/// TikTok bio that staff confirm, or TikTok's creator authorization), meet the market's follower minimum, and be
/// approved; staff may reject (with a reason) or suspend. Creators may work with other agencies too.
/// </summary>
public sealed partial class Creator
{
    private const string CodeAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private Creator()
    {
    }

    public Guid Id { get; private set; }
    public string Handle { get; private set; } = "";
    public string MarketCode { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public int FollowerCount { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public List<string> Niches { get; private set; } = [];
    public string? ContactPhone { get; private set; }
    public CreatorStatus Status { get; private set; }

    /// <summary>The tier from the trailing 30-day GMV of orders TikTok attributed to the creator through the agency, as of <see cref="TierCalculatedAt"/>.</summary>
    public CreatorTier Tier { get; private set; }
    public long MonthlyGmv { get; private set; }
    public DateTimeOffset? TierCalculatedAt { get; private set; }

    /// <summary>The one-time code the creator puts in the TikTok bio, e.g. TB-7K3Q9P.</summary>
    public string VerificationCode { get; private set; } = "";
    public DateTimeOffset? CodePostedAt { get; private set; }
    public HandleProof HandleProof { get; private set; }
    public DateTimeOffset? HandleVerifiedAt { get; private set; }
    public string? StatusReason { get; private set; }
    public DateTimeOffset? StatusChangedAt { get; private set; }
    public string? StatusChangedBy { get; private set; }

    public bool HandleVerified => HandleProof != HandleProof.None;

    /// <summary>Handle and name folded in C# (Unicode-aware), so staff searches match the same on SQLite and PostgreSQL.</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>Optimistic concurrency: two staff deciding at once cannot both win silently.</summary>
    public int Version { get; private set; }

    public static Creator Create(string handle, Market market, string displayName, int followerCount, DateTimeOffset now) =>
        Create(handle, market, displayName, followerCount, [], null, now);

    public static Creator Create(
        string handle, Market market, string displayName, int followerCount, IReadOnlyList<string> niches, string? contactPhone, DateTimeOffset now)
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
            Niches = ValidNiches(niches),
            ContactPhone = ValidPhone(contactPhone),
            CreatedAt = now,
            Status = CreatorStatus.Pending,
            VerificationCode = NewCode(),
            SearchText = $"{NormalizeHandle(handle)} {displayName}".ToLowerInvariant(),
        };
    }

    /// <summary>Sets the tier from the trailing 30-day GMV; returns whether the tier changed.</summary>
    public bool Rank(long monthlyGmv, TierThresholds thresholds, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var before = Tier;
        (MonthlyGmv, Tier, TierCalculatedAt) = (monthlyGmv, thresholds.TierOf(monthlyGmv), now);
        return Tier != before;
    }

    /// <summary>The creator updates what the agency sees; a higher follower count can make a pending creator eligible.</summary>
    public string UpdateProfile(int followerCount, IReadOnlyList<string> niches, string? contactPhone)
    {
        Require(followerCount is >= 0 and <= 1_000_000_000, "followerCount", "The follower count must be a number from 0 to 1,000,000,000.");
        var before = string.Create(CultureInfo.InvariantCulture, $"{FollowerCount:N0} followers, niches {string.Join('/', Niches)}");
        (FollowerCount, Niches, ContactPhone) = (followerCount, ValidNiches(niches), ValidPhone(contactPhone));
        return string.Create(CultureInfo.InvariantCulture, $"{before} → {FollowerCount:N0} followers, niches {string.Join('/', Niches)}");
    }

    /// <summary>The creator says the code is in the bio; staff then look at the TikTok profile.</summary>
    public void CodePosted(DateTimeOffset now)
    {
        Require(!HandleVerified, "handle", "Your handle is already verified.");
        CodePostedAt = now;
    }

    public void ConfirmHandle(HandleProof proof, DateTimeOffset now)
    {
        Require(proof != HandleProof.None, "proof", "Say how the handle was proven.");
        Require(!HandleVerified, "handle", $"@{Handle} is already verified.");
        (HandleProof, HandleVerifiedAt) = (proof, now);
    }

    /// <summary>The creator authorized Tapbridge in TikTok: the strongest proof, if the TikTok account is this handle.</summary>
    public void AuthorizedOnTikTok(string username, DateTimeOffset now)
    {
        Require(string.Equals(username.TrimStart('@'), Handle, StringComparison.OrdinalIgnoreCase), "handle",
            $"TikTok authorized @{username.TrimStart('@')}, but this account is @{Handle}. Sign in to TikTok as @{Handle} and connect again.");
        (HandleProof, HandleVerifiedAt) = (HandleProof.TikTokAuthorization, now);
    }

    public bool EligibleWith(int minimumFollowers) => FollowerCount >= minimumFollowers;

    /// <summary>Approves a pending (or earlier rejected) creator with a proven handle who meets the market's minimum.</summary>
    public void Approve(int minimumFollowers, string staff, DateTimeOffset now)
    {
        Require(Status is CreatorStatus.Pending or CreatorStatus.Rejected, "status", $"Only pending or rejected creators are approved; @{Handle} is {Status}.");
        Require(HandleVerified, "handle", $"Prove that @{Handle} belongs to this creator first (the bio code, or TikTok authorization).");
        Require(EligibleWith(minimumFollowers), "followerCount",
            $"@{Handle} has {FollowerCount:N0} followers; creators in {Market.Get(MarketCode).Name} need at least {minimumFollowers:N0}.");
        Move(CreatorStatus.Approved, null, staff, now);
    }

    public void Reject(string reason, string staff, DateTimeOffset now)
    {
        Require(Status == CreatorStatus.Pending, "status", $"Only pending creators are rejected; @{Handle} is {Status}. Suspend an approved creator instead.");
        Move(CreatorStatus.Rejected, ValidReason(reason), staff, now);
    }

    public void Suspend(string reason, string staff, DateTimeOffset now)
    {
        Require(Status == CreatorStatus.Approved, "status", $"Only approved creators are suspended; @{Handle} is {Status}.");
        Move(CreatorStatus.Suspended, ValidReason(reason), staff, now);
    }

    public void Reinstate(string staff, DateTimeOffset now)
    {
        Require(Status == CreatorStatus.Suspended, "status", $"Only suspended creators are reinstated; @{Handle} is {Status}.");
        Move(CreatorStatus.Approved, null, staff, now);
    }

    public void Reapply(DateTimeOffset now)
    {
        Require(Status == CreatorStatus.Rejected, "status", $"Only a rejected creator applies again; @{Handle} is {Status}.");
        Move(CreatorStatus.Pending, null, DisplayName, now);
    }

    private void Move(CreatorStatus status, string? reason, string staff, DateTimeOffset now)
    {
        (Status, StatusReason, StatusChangedBy, StatusChangedAt) = (status, reason, staff, now);
        Version++;
    }

    private static string ValidReason(string? reason)
    {
        reason = reason?.Trim() ?? "";
        Require(reason.Length is > 0 and <= 500, "reason", "Give the creator a reason (up to 500 characters).");
        return reason;
    }

    private static List<string> ValidNiches(IReadOnlyList<string>? niches)
    {
        var list = (niches ?? []).Select(n => n?.Trim().ToLowerInvariant() ?? "").Where(n => n.Length > 0).Distinct().ToList();
        Require(list.All(n => CreatorNiches.All.Any(k => k.Id == n)), "niches",
            $"Niches are chosen from: {string.Join(", ", CreatorNiches.All.Select(n => n.Id))}.");
        Require(list.Count <= 5, "niches", "Choose up to 5 niches.");
        return list;
    }

    private static string? ValidPhone(string? phone)
    {
        phone = phone?.Trim();
        if (string.IsNullOrEmpty(phone))
        {
            return null;
        }

        Require(PhonePattern().IsMatch(phone), "contactPhone", "Enter the phone number with its country code, like +639171234567.");
        return phone;
    }

    private static string NewCode() =>
        "TB-" + string.Create(6, 0, (chars, _) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = CodeAlphabet[System.Security.Cryptography.RandomNumberGenerator.GetInt32(CodeAlphabet.Length)];
            }
        });

    /// <summary>TikTok usernames: 2–24 letters, digits, underscores and periods, not ending in a period; case-insensitive.</summary>
    public static string NormalizeHandle(string handle) =>
        TryNormalizeHandle(handle, out var normalized)
            ? normalized
            : throw new RuleViolationException("A TikTok handle is 2 to 24 letters, digits, underscores or periods, like @linh.beauty.", "handle");

    public static bool TryNormalizeHandle(string handle, out string normalized)
    {
        normalized = handle.Trim().TrimStart('@').ToLowerInvariant();
        return HandlePattern().IsMatch(normalized) && !normalized.EndsWith('.');
    }

    [GeneratedRegex("^[a-z0-9_.]{2,24}$")]
    private static partial Regex HandlePattern();

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex PhonePattern();
}
