using System.Globalization;
using System.Text.RegularExpressions;
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
            throw Say<CreatorsRules>("Profile.NameLength", "displayName");
        }

        if (followerCount is < 0 or > 1_000_000_000)
        {
            throw Say<CreatorsRules>("Profile.Followers", "followerCount");
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
        Require<CreatorsRules>(followerCount is >= 0 and <= 1_000_000_000, "followerCount", "Profile.Followers");
        var before = string.Create(CultureInfo.InvariantCulture, $"{FollowerCount:N0} followers, niches {string.Join('/', Niches)}");
        (FollowerCount, Niches, ContactPhone) = (followerCount, ValidNiches(niches), ValidPhone(contactPhone));
        return string.Create(CultureInfo.InvariantCulture, $"{before} → {FollowerCount:N0} followers, niches {string.Join('/', Niches)}");
    }

    /// <summary>The creator says the code is in the bio; staff then look at the TikTok profile.</summary>
    public void CodePosted(DateTimeOffset now)
    {
        Require<CreatorsRules>(!HandleVerified, "handle", "Handle.AlreadyVerifiedOwn");
        CodePostedAt = now;
    }

    public void ConfirmHandle(HandleProof proof, DateTimeOffset now)
    {
        Require<CreatorsRules>(proof != HandleProof.None, "proof", "Handle.Proof");
        Require<CreatorsRules>(!HandleVerified, "handle", "Handle.AlreadyVerified", Handle);
        (HandleProof, HandleVerifiedAt) = (proof, now);
    }

    /// <summary>The creator authorized Tapbridge in TikTok: the strongest proof, if the TikTok account is this handle.</summary>
    public void AuthorizedOnTikTok(string username, DateTimeOffset now)
    {
        Require<CreatorsRules>(string.Equals(username.TrimStart('@'), Handle, StringComparison.OrdinalIgnoreCase), "handle", "Handle.WrongTikTok", username.TrimStart('@'), Handle);
        (HandleProof, HandleVerifiedAt) = (HandleProof.TikTokAuthorization, now);
    }

    public bool EligibleWith(int minimumFollowers) => FollowerCount >= minimumFollowers;

    /// <summary>Approves a pending (or earlier rejected) creator with a proven handle who meets the market's minimum.</summary>
    public void Approve(int minimumFollowers, string staff, DateTimeOffset now)
    {
        Require<CreatorsRules>(Status is CreatorStatus.Pending or CreatorStatus.Rejected, "status", "Status.ApproveOnly", Handle, Status);
        Require<CreatorsRules>(HandleVerified, "handle", "Status.ProveHandle", Handle);
        Require<CreatorsRules>(EligibleWith(minimumFollowers), "followerCount", "Status.TooFewFollowers", Handle, FollowerCount, Market.Get(MarketCode).Name, minimumFollowers);
        Move(CreatorStatus.Approved, null, staff, now);
    }

    public void Reject(string reason, string staff, DateTimeOffset now)
    {
        Require<CreatorsRules>(Status == CreatorStatus.Pending, "status", "Status.RejectOnly", Handle, Status);
        Move(CreatorStatus.Rejected, ValidReason(reason), staff, now);
    }

    public void Suspend(string reason, string staff, DateTimeOffset now)
    {
        Require<CreatorsRules>(Status == CreatorStatus.Approved, "status", "Status.SuspendOnly", Handle, Status);
        Move(CreatorStatus.Suspended, ValidReason(reason), staff, now);
    }

    public void Reinstate(string staff, DateTimeOffset now)
    {
        Require<CreatorsRules>(Status == CreatorStatus.Suspended, "status", "Status.ReinstateOnly", Handle, Status);
        Move(CreatorStatus.Approved, null, staff, now);
    }

    public void Reapply(DateTimeOffset now)
    {
        Require<CreatorsRules>(Status == CreatorStatus.Rejected, "status", "Status.ReapplyOnly", Handle, Status);
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
        Require<CreatorsRules>(reason.Length is > 0 and <= 500, "reason", "Status.Reason");
        return reason;
    }

    private static List<string> ValidNiches(IReadOnlyList<string>? niches)
    {
        var list = (niches ?? []).Select(n => n?.Trim().ToLowerInvariant() ?? "").Where(n => n.Length > 0).Distinct().ToList();
        Require<CreatorsRules>(list.All(n => CreatorNiches.All.Any(k => k.Id == n)), "niches", "Profile.Niches", string.Join(", ", CreatorNiches.All.Select(n => n.Id)));
        Require<CreatorsRules>(list.Count <= 5, "niches", "Profile.TooManyNiches");
        return list;
    }

    private static string? ValidPhone(string? phone)
    {
        phone = phone?.Trim();
        if (string.IsNullOrEmpty(phone))
        {
            return null;
        }

        Require<CreatorsRules>(PhonePattern().IsMatch(phone), "contactPhone", "Profile.Phone");
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
            : throw Say<CreatorsRules>("Handle.Format", "handle");

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
