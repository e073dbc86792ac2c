using System.Globalization;
using System.Text.RegularExpressions;
using Tapbridge.Platform.Markets;
using TikTokReason = Tapbridge.TikTokShop.Partner.RejectReason;
using TikTokResult = Tapbridge.TikTokShop.Partner.ReviewResult;
using static Tapbridge.Platform.RuleViolationException;

namespace Tapbridge.Modules.Campaigns;

/// <summary>
/// A seller's product registered into a campaign, with TikTok's rules (reference §2.2, §10): a total commission split
/// into partner and creator rates of at least the campaign's requirement and under 80 %; editable until reviewed;
/// after approval the rate is locked for the campaign; reviews only while the campaign is online; a rejected product
/// may be registered again unless rejected forever; an approved product may be asked to close.
/// </summary>
public sealed partial class Registration
{
    public const int MaxTotalRate = 7999;

    private Registration()
    {
    }

    public Guid Id { get; private set; }
    public Guid CampaignId { get; private set; }
    public string MarketCode { get; private set; } = "";

    /// <summary>Null when TikTok reported a shop no Tapbridge seller has listed.</summary>
    public Guid? SellerId { get; private set; }
    public Guid? ShopId { get; private set; }
    public string ShopName { get; private set; } = "";
    public string ProductId { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public List<string> ImageUrls { get; private set; } = [];
    public string CategoryId { get; private set; } = "";
    public string CategoryName { get; private set; } = "";

    /// <summary>The category's top level (itself when it is one), so the catalogue filters "Beauty" and finds serums.</summary>
    public string TopCategoryId { get; private set; } = "";
    public List<RegisteredSku> Skus { get; private set; } = [];
    public long LowestPrice { get; private set; }
    public long HighestPrice { get; private set; }
    public int Stock { get; private set; }
    public int PartnerRate { get; private set; }
    public int CreatorRate { get; private set; }

    /// <summary>Partner + creator rate; stored so the queue and the catalogue can filter and sort on it.</summary>
    public int TotalRate { get; private set; }
    public int OpenCollaborationRate { get; private set; }
    public int SampleQuota { get; private set; }
    public List<string> SellingPoints { get; private set; } = [];
    public List<string> RequiredClaims { get; private set; } = [];
    public List<string> ForbiddenClaims { get; private set; } = [];
    public List<string> Hashtags { get; private set; } = [];
    public RegistrationStatus Status { get; private set; }

    /// <summary>When the status last changed: the catalogue's "newest" is the most recently approved.</summary>
    public DateTimeOffset StatusChangedAt { get; private set; }
    public bool RejectedForever { get; private set; }
    public List<RejectReason> RejectReasons { get; private set; } = [];
    public string? ReviewComment { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public string? ReviewedBy { get; private set; }
    public string? CloseReason { get; private set; }
    public RegistrationSource Source { get; private set; }
    public DateTimeOffset RegisteredAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public int ProductSales { get; private set; }

    /// <summary>Units sold in the last 7 days and the 7 before, and the Trending score from them (see <see cref="Trends.SalesTrend"/>).</summary>
    public int SalesLastWeek { get; private set; }
    public int SalesWeekBefore { get; private set; }
    public int TrendScore { get; private set; }

    /// <summary>TikTok's is_available: false when the product's page is not available (nothing to forward).</summary>
    public bool Available { get; private set; } = true;

    /// <summary>The TikTok campaign this product was last seen in; a campaign sent to TikTok again starts without it.</summary>
    public string? TikTokCampaignId { get; private set; }
    public DateTimeOffset? TikTokSeenAt { get; private set; }
    public RegistrationStatus? TikTokStatus { get; private set; }
    public int? TikTokPartnerRate { get; private set; }
    public int? TikTokCreatorRate { get; private set; }
    public int? TikTokSampleQuota { get; private set; }

    /// <summary>A decision taken before TikTok had the product; the sync sends it once the product appears there.</summary>
    public bool DecisionHeld { get; private set; }
    public string? TikTokError { get; private set; }
    public string? PromotionLink { get; private set; }
    public DateTimeOffset? PromotionLinkAt { get; private set; }

    /// <summary>
    /// Title, shop and category folded to lower case here, where case folding knows Vietnamese and Thai (SQLite's
    /// lower() only knows ASCII), so searches match the same on both databases.
    /// </summary>
    public string SearchText { get; private set; } = "";

    /// <summary>Stored so the catalogue walks one index in order (see <see cref="IsForwardable"/>).</summary>
    public bool Forwardable { get; private set; }

    /// <summary>Optimistic concurrency: a review, an edit and a sync never overwrite each other unseen.</summary>
    public int Version { get; private set; }

    public Market Market => Market.Get(MarketCode);

    public bool IsOnTikTok(Campaign campaign) => TikTokCampaignId is not null && TikTokCampaignId == campaign.TikTokCampaignId;

    /// <summary>TikTok holds other terms than the portal registration: shown to both sides, never silently overwritten.</summary>
    public bool HasConflict(Campaign campaign) => IsOnTikTok(campaign) && Source == RegistrationSource.Portal
        && (TikTokPartnerRate != PartnerRate || TikTokCreatorRate != CreatorRate || TikTokSampleQuota != SampleQuota);

    public static Registration Submit(Campaign campaign, RegisteringShop shop, RegistrationDraft draft, CategoryRef category, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(shop);
        RequireOpen(campaign, now);
        Require<CampaignsRules>(shop.MarketCode == campaign.MarketCode, "shopId", "Registration.ShopMarket", shop.ShopCode, shop.MarketCode, campaign.MarketCode);
        Require<CampaignsRules>(campaign.IsOpenTo(shop.ShopCode, shop.CrossBorder), "shopId", "Registration.ShopNotTargeted", shop.ShopCode);
        var registration = new Registration
        {
            Id = Guid.CreateVersion7(now),
            CampaignId = campaign.Id,
            MarketCode = campaign.MarketCode,
            SellerId = shop.SellerId,
            ShopId = shop.ShopId,
            ShopName = shop.ShopName,
            ProductId = ValidProductId(draft.ProductId),
            Source = RegistrationSource.Portal,
            RegisteredAt = now,
            StatusChangedAt = now,
        };
        registration.Apply(campaign, draft, category, now);
        return registration;
    }

    /// <summary>The seller edits a pending registration, or registers a rejected product again (not one rejected forever).</summary>
    public string Resubmit(Campaign campaign, RegistrationDraft draft, CategoryRef category, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(draft);
        Require<CampaignsRules>(draft.ProductId.Trim() == ProductId, "productId", "Registration.ProductFixed");
        Require<CampaignsRules>(draft.ShopId == ShopId, "shopId", "Registration.ShopFixed");
        var again = Status == RegistrationStatus.Rejected;
        if (Status != RegistrationStatus.Pending && !again)
        {
            throw Status == RegistrationStatus.Approved
                ? Say<CampaignsRules>("Registration.ApprovedLocked", null)
                : Say<CampaignsRules>("Registration.NoLongerEditable", null, Describe(Status));
        }

        if (RejectedForever)
        {
            throw Say<CampaignsRules>("Registration.RejectedForever", "productId");
        }

        RequireOpen(campaign, now);
        if (IsOnTikTok(campaign) && (draft.PartnerRate, draft.CreatorRate, draft.SampleQuota) != (PartnerRate, CreatorRate, SampleQuota)
            && (draft.PartnerRate, draft.CreatorRate, draft.SampleQuota) != (TikTokPartnerRate, TikTokCreatorRate, TikTokSampleQuota))
        {
            throw Say<CampaignsRules>("Registration.TermsOnTikTok", "totalCommissionRate");
        }

        var (before, terms) = (Snapshot(), Terms());
        Apply(campaign, draft, category, now);
        if (again)
        {
            (RejectReasons, ReviewComment, ReviewedAt, ReviewedBy, DecisionHeld) = ([], null, null, null, false);
            Move(RegistrationStatus.Pending, now);
            RegisteredAt = now;
        }

        var after = Snapshot();
        var changed = before.Keys.Where(k => before[k] != after[k]).ToList();
        return changed.Count == 0 ? "Nothing changed"
            : $"Changed {string.Join(", ", changed)}" + (terms != Terms() ? $"; {terms} → {Terms()}" : "");
    }

    /// <summary>
    /// Reviews a pending registration (approve, reject, reject forever) or a close request (approve closes the product,
    /// reject keeps it on sale). Returns what the decision did, for the audit trail.
    /// </summary>
    public string Decide(Campaign campaign, ReviewDecision decision, IReadOnlyList<RejectReason> reasons, string? comment, string reviewer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(reasons);
        if (!campaign.IsOnlineAt(now))
        {
            throw Say<CampaignsRules>("Review.CampaignNotOnline", null, campaign.StatusAt(now).ToString().ToUpperInvariant());
        }

        comment = comment?.Trim() is { Length: > 0 } c ? c : null;
        Require<CampaignsRules>(comment is null || comment.Length <= 500, "comment", "Review.CommentLength");
        var distinct = reasons.Distinct().ToList();
        var outcome = (Status, decision) switch
        {
            (RegistrationStatus.Pending, ReviewDecision.Approve) => Approve(campaign),
            (RegistrationStatus.Pending, _) => Reject(decision == ReviewDecision.RejectForever, distinct),
            (RegistrationStatus.PendingClosed, ReviewDecision.Approve) => (RegistrationStatus.Closed, "Close request accepted: the product leaves the campaign"),
            (RegistrationStatus.PendingClosed, ReviewDecision.Reject) => (RegistrationStatus.Approved, "Close request declined: the product stays in the campaign"),
            _ => throw (Status == RegistrationStatus.PendingClosed
                ? Say<CampaignsRules>("Review.CloseNotForever", null)
                : Say<CampaignsRules>("Review.NotPending", null, Describe(Status))),
        };

        Move(outcome.Item1, now);
        if (Status != RegistrationStatus.Rejected)
        {
            RejectReasons = [];
        }

        (ReviewComment, ReviewedAt, ReviewedBy, UpdatedAt) = (comment, now, reviewer, now);
        DecisionHeld = campaign.TikTokCampaignId is not null && !IsOnTikTok(campaign);
        Changed();
        return outcome.Item2 + (comment is null ? "" : $". Comment: {comment}") + (DecisionHeld ? ". Held until the product appears in the TikTok campaign" : "");
    }

    /// <summary>TikTok's review call for this registration's current decision, when one must be sent.</summary>
    public (TikTokResult Result, IReadOnlyList<TikTokReason> Reasons) HeldDecision() => Status switch
    {
        RegistrationStatus.Approved => ForTikTok(ReviewDecision.Approve, []),
        RegistrationStatus.Rejected => ForTikTok(RejectedForever ? ReviewDecision.RejectForever : ReviewDecision.Reject, RejectReasons),
        _ => throw new InvalidOperationException($"A {Status} registration has no held decision to send."),
    };

    /// <summary>TikTok's review call for a decision: the same three results and four reasons.</summary>
    public static (TikTokResult Result, IReadOnlyList<TikTokReason> Reasons) ForTikTok(ReviewDecision decision, IReadOnlyList<RejectReason> reasons) => decision switch
    {
        ReviewDecision.Approve => (TikTokResult.Approve, []),
        ReviewDecision.Reject => (TikTokResult.Reject, reasons.Select(ToTikTok).ToList()),
        ReviewDecision.RejectForever => (TikTokResult.RejectForever, reasons.Select(ToTikTok).ToList()),
    };

    private static TikTokReason ToTikTok(RejectReason reason) => reason switch
    {
        RejectReason.CommissionTooLow => TikTokReason.CommissionTooLow,
        RejectReason.ProductHardToPromote => TikTokReason.ProductHardToPromote,
        RejectReason.ProductTooExpensive => TikTokReason.ProductTooExpensive,
        RejectReason.NoSuitableCreator => TikTokReason.NoSuitableCreator,
    };

    public void RequestClose(Campaign campaign, string? reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        Require<CampaignsRules>(Status == RegistrationStatus.Approved, "status", "Close.NotApproved", Describe(Status));
        if (campaign.TikTokCampaignId is not null)
        {
            throw Say<CampaignsRules>("Close.OnTikTok", null);
        }

        reason = reason?.Trim() is { Length: > 0 } r ? r : null;
        Require<CampaignsRules>(reason is null || reason.Length <= 500, "reason", "Close.ReasonLength");
        (CloseReason, UpdatedAt) = (reason, now);
        Move(RegistrationStatus.PendingClosed, now);
        Changed();
    }

    /// <summary>Resolves a conflict by taking TikTok's terms: TikTok's are the ones commissions will follow.</summary>
    public string AcceptTikTokTerms(Campaign campaign, DateTimeOffset now)
    {
        Require<CampaignsRules>(HasConflict(campaign), "status", "Conflict.None");
        var before = Terms();
        (PartnerRate, CreatorRate, SampleQuota) = (TikTokPartnerRate!.Value, TikTokCreatorRate!.Value, TikTokSampleQuota!.Value);
        (TotalRate, UpdatedAt) = (PartnerRate + CreatorRate, now);
        Changed();
        return $"{before} → {Terms()} (TikTok's terms)";
    }

    /// <summary>The sync found a product on TikTok that Tapbridge did not know: registered in Seller Center.</summary>
    public static Registration FromTikTok(Campaign campaign, TikTokRegistration seen, RegisteringShop? shop, CategoryRef category, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(seen);
        var registration = new Registration
        {
            Id = Guid.CreateVersion7(now),
            CampaignId = campaign.Id,
            MarketCode = campaign.MarketCode,
            SellerId = shop?.SellerId,
            ShopId = shop?.ShopId,
            ProductId = seen.ProductId,
            Source = RegistrationSource.TikTok,
            RegisteredAt = now,
            Status = seen.Status,
            StatusChangedAt = now,
        };
        registration.Facts(seen, category);
        registration.Link(campaign, seen, now);
        (registration.PartnerRate, registration.CreatorRate, registration.SampleQuota) = (seen.PartnerRate, seen.CreatorRate, seen.SampleQuota);
        registration.TotalRate = seen.PartnerRate + seen.CreatorRate;
        registration.UpdatedAt = now;
        registration.Changed();
        return registration;
    }

    /// <summary>
    /// Merges what TikTok reports into this registration and returns the changes worth recording. Product facts follow
    /// TikTok; a portal registration's terms do not (a difference is a conflict); TikTok's review state is applied
    /// unless a review here is newer than what TikTok was read at, or a held decision is waiting to be sent.
    /// </summary>
    public IReadOnlyList<string> SeenOnTikTok(Campaign campaign, TikTokRegistration seen, CategoryRef category, DateTimeOffset readAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(seen);
        var changes = new List<string>();
        var newlyLinked = !IsOnTikTok(campaign);
        var changedOnTikTok = seen.Status != TikTokStatus;
        if (newlyLinked)
        {
            changes.Add($"Found in TikTok campaign {campaign.TikTokCampaignId}");
        }

        var facts = $"{Title}|{LowestPrice}|{HighestPrice}|{Stock}|{CategoryId}|{OpenCollaborationRate}";
        var conflicted = HasConflict(campaign);
        Facts(seen, category);
        if (facts != $"{Title}|{LowestPrice}|{HighestPrice}|{Stock}|{CategoryId}|{OpenCollaborationRate}")
        {
            changes.Add($"Product details from TikTok: “{Title}”, {Market.FormatMoney(LowestPrice)}–{Market.FormatMoney(HighestPrice)}, stock {Stock}");
        }

        Link(campaign, seen, now);
        if (Source == RegistrationSource.TikTok && (PartnerRate, CreatorRate, SampleQuota) != (seen.PartnerRate, seen.CreatorRate, seen.SampleQuota))
        {
            var before = Terms();
            (PartnerRate, CreatorRate, SampleQuota, TotalRate) = (seen.PartnerRate, seen.CreatorRate, seen.SampleQuota, seen.PartnerRate + seen.CreatorRate);
            changes.Add($"Terms changed on TikTok: {before} → {Terms()}");
        }
        else if (HasConflict(campaign) && !conflicted)
        {
            changes.Add($"Conflict: TikTok has {Terms(seen.PartnerRate, seen.CreatorRate, seen.SampleQuota)}; the portal registration says {Terms()}");
        }

        // TikTok shows PENDING for a product decided here: decided before TikTok had it, or TikTok lost the decision (a
        // campaign sent again). Only a rejected product may legitimately return to PENDING: the seller registered again.
        var lostDecision = seen.Status == RegistrationStatus.Pending && Status != RegistrationStatus.Pending
            && (newlyLinked || Status != RegistrationStatus.Rejected || RejectedForever);
        if (lostDecision)
        {
            if (!DecisionHeld && (newlyLinked || changedOnTikTok))
            {
                DecisionHeld = Status is RegistrationStatus.Approved or RegistrationStatus.Rejected;
                changes.Add(DecisionHeld ? "TikTok has the product pending: the decision made here is sent to it" : $"TikTok has the product pending; here it is {Describe(Status)}");
            }
        }
        else if ((newlyLinked || changedOnTikTok) && seen.Status != Status && (ReviewedAt is null || ReviewedAt < readAt))
        {
            changes.Add($"Status on TikTok: {Describe(Status)} → {Describe(seen.Status)}" + (DecisionHeld ? " (the held decision was not sent)" : ""));
            Move(seen.Status, now);
            DecisionHeld = false;
        }

        if (changes.Count > 0)
        {
            UpdatedAt = now;
            Changed();
        }

        Forwardable = IsForwardable();
        SearchText = Fold($"{Title} {ShopName} {CategoryName}");
        return changes;
    }

    /// <summary>TikTok accepted the decision: its state is now this one.</summary>
    public void DecisionSent()
    {
        (DecisionHeld, TikTokError, TikTokStatus) = (false, null, Status);
        Changed();
    }

    /// <summary>TikTok refused a held decision: the registration returns to TikTok's state, back in the queue, with the reason kept.</summary>
    public void HeldDecisionRefused(string error, DateTimeOffset now)
    {
        (TikTokError, DecisionHeld, UpdatedAt) = (error.Length > 500 ? error[..500] : error, false, now);
        Move(TikTokStatus ?? RegistrationStatus.Pending, now);
        Changed();
    }

    /// <summary>TikTok lists this product id under another shop: not merged, so one seller never sees another's registration.</summary>
    public bool ShopMismatch(string tikTokShopName)
    {
        var error = $"TikTok lists product {ProductId} under the shop “{tikTokShopName}”, not “{ShopName}”; not merged. Check the product id.";
        if (TikTokError == error)
        {
            return false;
        }

        TikTokError = error;
        Changed();
        return true;
    }

    public bool SameShopAs(string tikTokShopName) => string.Equals(ShopName.Trim(), tikTokShopName.Trim(), StringComparison.OrdinalIgnoreCase);

    public string Terms() => Terms(PartnerRate, CreatorRate, SampleQuota);

    /// <summary>What a seller can change, field by field, so the audit trail says which ones an edit touched.</summary>
    private Dictionary<string, string> Snapshot() => new(StringComparer.Ordinal)
    {
        ["title"] = Title,
        ["description"] = Description,
        ["images"] = string.Join(' ', ImageUrls),
        ["category"] = CategoryId,
        ["SKUs"] = string.Join(';', Skus.Select(s => $"{s.SkuId}:{s.Name}:{s.Price}:{s.Stock}")),
        ["commission"] = $"{PartnerRate}+{CreatorRate}",
        ["open-collaboration rate"] = OpenCollaborationRate.ToString(CultureInfo.InvariantCulture),
        ["sample quota"] = SampleQuota.ToString(CultureInfo.InvariantCulture),
        ["brief"] = string.Join('|', SellingPoints.Concat(["/"]).Concat(RequiredClaims).Concat(["/"]).Concat(ForbiddenClaims).Concat(["/"]).Concat(Hashtags)),
    };

    public static string Describe(RegistrationStatus status) => status switch
    {
        RegistrationStatus.Pending => "pending review",
        RegistrationStatus.Approved => "approved",
        RegistrationStatus.Rejected => "rejected",
        RegistrationStatus.PendingClosed => "waiting for the agency to confirm closing",
        RegistrationStatus.Closed => "closed",
    };

    private static string Terms(int partner, int creator, int quota) =>
        $"{Rates.Percent(partner + creator)} ({Rates.Percent(partner)} agency + {Rates.Percent(creator)} creator), {quota} samples";

    private void Move(RegistrationStatus status, DateTimeOffset now) => (Status, StatusChangedAt) = (status, now);

    private void Changed()
    {
        Version++;
        Forwardable = IsForwardable();
        SearchText = Fold($"{Title} {ShopName} {CategoryName}");
    }

    /// <summary>How stored search text and search terms are folded: lower case, invariant culture.</summary>
    public static string Fold(string text) => text.Trim().ToLowerInvariant();

    /// <summary>
    /// Whether the catalogue may list it, as far as the row alone can tell: approved, available, no decision waiting
    /// for TikTok, and approved on TikTok when seen there. The campaign's side (ongoing, the current TikTok campaign)
    /// is checked at query time.
    /// </summary>
    private bool IsForwardable() =>
        Status is RegistrationStatus.Approved or RegistrationStatus.PendingClosed && Available && !DecisionHeld
        && (TikTokCampaignId is null || TikTokStatus is RegistrationStatus.Approved or RegistrationStatus.PendingClosed);

    private (RegistrationStatus, string) Approve(Campaign campaign)
    {
        if (HasConflict(campaign))
        {
            throw Say<CampaignsRules>("Conflict.Unresolved", null);
        }

        return (RegistrationStatus.Approved, $"Approved at {Terms()}");
    }

    private (RegistrationStatus, string) Reject(bool forever, List<RejectReason> reasons)
    {
        Require<CampaignsRules>(reasons.Count > 0, "reasons", "Review.ReasonRequired");
        (RejectedForever, RejectReasons) = (forever, reasons);
        return (RegistrationStatus.Rejected, (forever ? "Rejected forever: " : "Rejected (may register again): ")
            + string.Join(", ", reasons.Select(RejectReasonText.Describe)));
    }

    public void Trend((int LastWeek, int WeekBefore) weeks) =>
        (SalesLastWeek, SalesWeekBefore, TrendScore) = (weeks.LastWeek, weeks.WeekBefore, Trends.SalesTrend.Score(weeks.LastWeek, weeks.WeekBefore));

    private void Link(Campaign campaign, TikTokRegistration seen, DateTimeOffset now)
    {
        (TikTokCampaignId, TikTokSeenAt, TikTokStatus) = (campaign.TikTokCampaignId, now, seen.Status);
        (TikTokPartnerRate, TikTokCreatorRate, TikTokSampleQuota) = (seen.PartnerRate, seen.CreatorRate, seen.SampleQuota);
        (ProductSales, Available) = (seen.ProductSales, seen.Available);
    }

    private void Facts(TikTokRegistration seen, CategoryRef category)
    {
        (Title, ShopName, OpenCollaborationRate) = (Cut(seen.Title, 255), Cut(seen.ShopName, 100), seen.OpenCollaborationRate);
        Description = Cut(seen.Description, 5000);
        if (seen.ImageUrl is { Length: > 0 } image && !ImageUrls.Contains(image))
        {
            ImageUrls = [image, .. ImageUrls.Take(8)];
        }

        (CategoryId, CategoryName, TopCategoryId) = (category.Id, category.Name, category.TopId);
        if (seen.Skus.Count > 0)
        {
            Skus = seen.Skus.Select(s => new RegisteredSku(s.SkuId, Cut(s.Name, 100), s.Price, s.Stock)).ToList();
        }

        (LowestPrice, HighestPrice, Stock) = (seen.LowestPrice, seen.HighestPrice, seen.Stock);
    }

    private void Apply(Campaign campaign, RegistrationDraft draft, CategoryRef category, DateTimeOffset now)
    {
        var title = draft.Title.Trim();
        Require<CampaignsRules>(title.Length is > 0 and <= 255, "title", "Product.TitleLength");
        var description = draft.Description.Trim();
        Require<CampaignsRules>(description.Length <= 5000, "description", "Product.DescriptionLength");
        var images = draft.ImageUrls.Select(u => u.Trim()).Where(u => u.Length > 0).Distinct().ToList();
        Require<CampaignsRules>(images.Count is > 0 and <= 9, "imageUrls", "Product.ImageCount");
        Require<CampaignsRules>(images.All(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && u.Length <= 1000), "imageUrls",
            "Product.ImageHttps");
        var skus = ValidSkus(draft.Skus);
        var total = draft.PartnerRate + draft.CreatorRate;
        Require<CampaignsRules>(draft.PartnerRate > 0, "partnerRate", "Commission.AgencyShare");
        Require<CampaignsRules>(draft.CreatorRate > 0, "creatorRate", "Commission.CreatorShare");
        Require<CampaignsRules>(total <= MaxTotalRate, "totalCommissionRate", "Commission.TotalTooHigh", total / 100m);
        Require<CampaignsRules>(total >= campaign.CommissionRate, "totalCommissionRate", "Commission.BelowCampaign", total / 100m, campaign.CommissionRate / 100m);
        Require<CampaignsRules>(draft.OpenCollaborationRate is >= 0 and <= MaxTotalRate, "openCollaborationRate", "Commission.OpenCollaboration");
        var stock = skus.Sum(s => (long)s.Stock);
        Require<CampaignsRules>(draft.SampleQuota is >= 0 and <= 10_000, "sampleQuota", "Samples.QuotaRange");
        Require<CampaignsRules>(draft.SampleQuota <= stock, "sampleQuota", "Samples.QuotaOverStock", draft.SampleQuota, stock);

        (Title, Description, ImageUrls, Skus) = (title, description, images, skus);
        (CategoryId, CategoryName, TopCategoryId) = (category.Id, category.Name, category.TopId);
        (LowestPrice, HighestPrice, Stock) = (skus.Min(s => s.Price), skus.Max(s => s.Price), (int)Math.Min(stock, int.MaxValue));
        (PartnerRate, CreatorRate, TotalRate, OpenCollaborationRate, SampleQuota) = (draft.PartnerRate, draft.CreatorRate, total, draft.OpenCollaborationRate, draft.SampleQuota);
        var brief = draft.Brief ?? new ContentBrief();
        SellingPoints = Lines(brief.SellingPoints, "brief.sellingPoints", "SellingPoints", 10, 200);
        Require<CampaignsRules>(SellingPoints.Count > 0, "brief.sellingPoints", "Brief.SellingPoints.Required");
        RequiredClaims = Lines(brief.RequiredClaims, "brief.requiredClaims", "RequiredClaims", 10, 200);
        ForbiddenClaims = Lines(brief.ForbiddenClaims, "brief.forbiddenClaims", "ForbiddenClaims", 10, 200);
        Hashtags = HashtagList(brief.Hashtags);
        UpdatedAt = now;
        Changed();
    }

    private static List<RegisteredSku> ValidSkus(IReadOnlyList<SkuDraft> drafts)
    {
        Require<CampaignsRules>(drafts.Count is > 0 and <= 100, "skus", "Sku.Count");
        var skus = new List<RegisteredSku>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var sku = drafts[i];
            var field = $"skus[{i}]";
            Require<CampaignsRules>(DigitsPattern().IsMatch(sku.SkuId.Trim()), $"{field}.skuId", "Sku.IdFormat");
            Require<CampaignsRules>(sku.Name.Trim().Length is > 0 and <= 100, $"{field}.name", "Sku.NameLength");
            Require<CampaignsRules>(sku.Price is > 0 and <= 1_000_000_000_000, $"{field}.price", "Sku.Price");
            Require<CampaignsRules>(sku.Stock is >= 0 and <= 10_000_000, $"{field}.stock", "Sku.Stock");
            Require<CampaignsRules>(skus.All(s => s.SkuId != sku.SkuId.Trim()), $"{field}.skuId", "Sku.Twice", sku.SkuId);
            skus.Add(new RegisteredSku(sku.SkuId.Trim(), sku.Name.Trim(), sku.Price, sku.Stock));
        }

        return skus;
    }

    /// <summary>The brief's list <paramref name="list"/> (CampaignsRules "Brief.{list}.TooMany" and ".TooLong"), trimmed.</summary>
    private static List<string> Lines(IReadOnlyList<string>? lines, string field, string list, int max, int length)
    {
        var kept = (lines ?? []).Select(l => l.Trim()).Where(l => l.Length > 0).Distinct().ToList();
        Require<CampaignsRules>(kept.Count <= max, field, $"Brief.{list}.TooMany", max);
        Require<CampaignsRules>(kept.All(l => l.Length <= length), field, $"Brief.{list}.TooLong", length);
        return kept;
    }

    private static List<string> HashtagList(IReadOnlyList<string>? hashtags)
    {
        var list = (hashtags ?? []).Select(h => h.Trim().TrimStart('#')).Where(h => h.Length > 0).Select(h => "#" + h).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        Require<CampaignsRules>(list.Count <= 20, "brief.hashtags", "Brief.Hashtags.TooMany");
        Require<CampaignsRules>(list.All(h => HashtagPattern().IsMatch(h)), "brief.hashtags", "Brief.Hashtags.Format");
        return list;
    }

    private static string ValidProductId(string productId)
    {
        productId = productId.Trim();
        Require<CampaignsRules>(DigitsPattern().IsMatch(productId), "productId", "Product.IdFormat");
        return productId;
    }

    private static void RequireOpen(Campaign campaign, DateTimeOffset now)
    {
        if (!campaign.RegistrationOpenAt(now))
        {
            throw Say<CampaignsRules>(campaign.PublishedAt is null || now < campaign.RegistrationStart ? "Registration.NotOpenYet" : "Registration.Closed",
                "campaignId", campaign.Name);
        }
    }

    private static string Cut(string text, int length) => text.Length > length ? text[..length] : text;

    [GeneratedRegex("^[0-9]{1,20}$")]
    private static partial Regex DigitsPattern();

    [GeneratedRegex(@"^#[\p{L}\p{N}_]{1,50}$")]
    private static partial Regex HashtagPattern();
}

/// <summary>One SKU as registered: TikTok's SKU id, name, price in minor units and stock.</summary>
public sealed record RegisteredSku(string SkuId, string Name, long Price, int Stock);

/// <summary>The shop registering a product, as the Sellers module knows it.</summary>
public sealed record RegisteringShop(Guid SellerId, Guid ShopId, string ShopCode, string ShopName, string MarketCode, bool CrossBorder);

/// <summary>A category of the market's tree: its TikTok id, name and top-level ancestor.</summary>
public sealed record CategoryRef(string Id, string Name, string TopId);
