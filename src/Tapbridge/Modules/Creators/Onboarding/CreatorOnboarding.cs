using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tapbridge.Modules.Agency;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Mail;
using Tapbridge.Platform.Web;

namespace Tapbridge.Modules.Creators.Onboarding;

/// <summary>
/// Creator onboarding: the creator's own profile and handle proof, the agency's queue with each creator's facts,
/// handle confirmation, approval (proof + the market's follower minimum), rejection with a reason, suspension, and the
/// per-market minimum. Each step is in the creator's trail; approvals, rejections and suspensions are mailed, in the
/// creator's language.
/// </summary>
public sealed class CreatorOnboarding(
    IDbContextFactory<TapbridgeDbContext> contexts, AgencyDirectory agency, OrganizationMail mail, PublicUrl urls, TimeProvider clock,
    IStringLocalizerFactory localizers)
{
    // Through the factory: the marker is internal, so this public class cannot take its typed localizer.
    private readonly IStringLocalizer text = localizers.Create(typeof(CreatorsMailText));

    /// <summary>One page of creators, oldest first (the queue's order), with the total; search matches handle or name.</summary>
    public async Task<CreatorPage> QueueAsync(CreatorQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (page, size) = (Math.Clamp(query.Page, 1, 10_000), Math.Clamp(query.PageSize, 1, 100));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var creators = db.Set<Creator>().AsNoTracking()
            .Where(c => query.Status == null || c.Status == query.Status)
            .Where(c => query.Market == null || c.MarketCode == query.Market);
        if (query.Search?.Trim().TrimStart('@').ToLowerInvariant() is { Length: > 0 } term)
        {
            var pattern = LikePattern.Containing(term);
            creators = creators.Where(c => EF.Functions.Like(c.SearchText, pattern, LikePattern.Escape));
        }

        var total = await creators.CountAsync(cancellationToken);
        var found = await creators.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        var minimums = await MinimumsAsync(db, cancellationToken);
        return new CreatorPage(found.Select(c => CreatorView.From(c, Minimum(minimums, c.MarketCode))).ToList(), total, page, size);
    }

    public async Task<CreatorDetailView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var creator = await db.Set<Creator>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException("Creator");
        return await DetailAsync(db, creator, cancellationToken);
    }

    public async Task<CreatorDetailView> GetOwnAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await GetAsync(actor.OrganizationId, cancellationToken);
    }

    public Task<CreatorView> UpdateOwnProfileAsync(Actor actor, ProfileChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return ChangeAsync(actor, actor.OrganizationId, "Profile updated", c => c.UpdateProfile(change.FollowerCount, change.Niches, change.ContactPhone), notify: false, cancellationToken);
    }

    /// <summary>A rejected creator applies again (after growing, say): back to pending, in the queue.</summary>
    public Task<CreatorView> ReapplyAsync(Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(actor, actor.OrganizationId, "Applied again", c =>
        {
            c.Reapply(clock.GetUtcNow());
            return string.Create(CultureInfo.InvariantCulture, $"{c.FollowerCount:N0} followers");
        }, notify: false, cancellationToken);

    public Task<CreatorView> CodePostedAsync(Actor actor, CancellationToken cancellationToken) =>
        ChangeAsync(actor, actor.OrganizationId, "Bio code posted", c =>
        {
            c.CodePosted(clock.GetUtcNow());
            return $"{c.VerificationCode} is in the bio of @{c.Handle}, says the creator";
        }, notify: false, cancellationToken);

    public Task<CreatorView> ConfirmHandleAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(actor, id, "Handle confirmed", c =>
        {
            c.ConfirmHandle(HandleProof.BioCode, clock.GetUtcNow());
            return $"{c.VerificationCode} seen in the TikTok bio of @{c.Handle}";
        }, notify: false, cancellationToken);

    public Task<CreatorView> TikTokAuthorizedAsync(Actor actor, string username, CancellationToken cancellationToken) =>
        ChangeAsync(actor, actor.OrganizationId, "TikTok authorized", c =>
        {
            c.AuthorizedOnTikTok(username, clock.GetUtcNow());
            return $"@{c.Handle} authorized Tapbridge in TikTok: handle proven";
        }, notify: false, cancellationToken);

    public async Task<CreatorView> ApproveAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        int minimum;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var market = await db.Set<Creator>().Where(c => c.Id == id).Select(c => c.MarketCode).SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Creator");
            minimum = Minimum(await MinimumsAsync(db, cancellationToken), market);
        }

        return await ChangeAsync(actor, id, "Approved", c =>
        {
            c.Approve(minimum, actor.DisplayName, clock.GetUtcNow());
            return string.Create(CultureInfo.InvariantCulture, $"{c.FollowerCount:N0} followers (minimum {minimum:N0})");
        }, notify: true, cancellationToken);
    }

    public Task<CreatorView> RejectAsync(Actor actor, Guid id, string reason, CancellationToken cancellationToken) =>
        ChangeAsync(actor, id, "Rejected", c =>
        {
            c.Reject(reason, actor.DisplayName, clock.GetUtcNow());
            return c.StatusReason!;
        }, notify: true, cancellationToken);

    public Task<CreatorView> SuspendAsync(Actor actor, Guid id, string reason, CancellationToken cancellationToken) =>
        ChangeAsync(actor, id, "Suspended", c =>
        {
            c.Suspend(reason, actor.DisplayName, clock.GetUtcNow());
            return c.StatusReason!;
        }, notify: true, cancellationToken);

    public Task<CreatorView> ReinstateAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(actor, id, "Reinstated", c =>
        {
            c.Reinstate(actor.DisplayName, clock.GetUtcNow());
            return "Back to approved";
        }, notify: true, cancellationToken);

    /// <summary>Each agency market's follower minimum (the default where none was set).</summary>
    public async Task<IReadOnlyList<EligibilityView>> EligibilityAsync(CancellationToken cancellationToken)
    {
        var markets = (await agency.GetAsync(cancellationToken)).Markets;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var set = await db.Set<CreatorEligibility>().AsNoTracking().ToDictionaryAsync(e => e.MarketCode, cancellationToken);
        return markets.Select(m => set.TryGetValue(m.Code, out var e)
            ? new EligibilityView(m.Code, e.MinimumFollowers, e.UpdatedAt, e.UpdatedBy)
            : new EligibilityView(m.Code, CreatorEligibility.DefaultMinimumFollowers, null, null)).ToList();
    }

    public async Task<EligibilityView> SetEligibilityAsync(Actor actor, string marketCode, int minimumFollowers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsStaff || !actor.IsInRole(Roles.Admin))
        {
            throw new UnauthorizedAccessException("Only agency admins set the follower minimum.");
        }

        var market = await agency.RequireMarketAsync(marketCode, cancellationToken);
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var eligibility = await db.Set<CreatorEligibility>().SingleOrDefaultAsync(e => e.MarketCode == market.Code, cancellationToken);
        if (eligibility is null)
        {
            db.Add(eligibility = CreatorEligibility.For(market.Code, minimumFollowers, actor.DisplayName, now));
        }
        else
        {
            eligibility.Change(minimumFollowers, actor.DisplayName, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new EligibilityView(market.Code, eligibility.MinimumFollowers, eligibility.UpdatedAt, eligibility.UpdatedBy);
    }

    private async Task<CreatorView> ChangeAsync(Actor actor, Guid id, string action, Func<Creator, string> change, bool notify, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var creator = await db.Set<Creator>().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException("Creator");
        var details = change(creator);
        db.Add(CreatorEvent.Record(creator.Id, actor.DisplayName, action, details, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw RuleViolationException.Say<CreatorsRules>("Creator.ChangedMeanwhile", null, creator.Handle);
        }

        if (notify)
        {
            await NotifyAsync(creator, cancellationToken);
        }

        return CreatorView.From(creator, Minimum(await MinimumsAsync(db, cancellationToken), creator.MarketCode));
    }

    private Task NotifyAsync(Creator creator, CancellationToken cancellationToken)
    {
        var (name, reason, link) = (creator.DisplayName, creator.StatusReason ?? "", urls.For("/creator"));
        return mail.NotifyAsync(OrganizationKind.Creator, creator.Id, () => creator.Status switch
        {
            CreatorStatus.Approved => (text["Status.Approved.Subject"].Value, text["Status.Approved.Text", name, link].Value),
            CreatorStatus.Rejected => (text["Status.Rejected.Subject"].Value, text["Status.Rejected.Text", name, reason, link].Value),
            CreatorStatus.Suspended => (text["Status.Suspended.Subject"].Value, text["Status.Suspended.Text", name, reason, link].Value),
            _ => (text["Status.Changed.Subject"].Value, text["Status.Changed.Text", name, link].Value),
        }, cancellationToken);
    }

    private static async Task<CreatorDetailView> DetailAsync(TapbridgeDbContext db, Creator creator, CancellationToken cancellationToken)
    {
        var events = await db.Set<CreatorEvent>().AsNoTracking().Where(e => e.CreatorId == creator.Id).ToListAsync(cancellationToken);
        return new CreatorDetailView(CreatorView.From(creator, Minimum(await MinimumsAsync(db, cancellationToken), creator.MarketCode)),
            events.OrderByDescending(e => e.At).Select(e => new CreatorEventView(e.At, e.ActorName, e.Action, e.Details)).ToList());
    }

    private static Task<Dictionary<string, int>> MinimumsAsync(TapbridgeDbContext db, CancellationToken cancellationToken) =>
        db.Set<CreatorEligibility>().AsNoTracking().ToDictionaryAsync(e => e.MarketCode, e => e.MinimumFollowers, cancellationToken);

    private static int Minimum(Dictionary<string, int> minimums, string market) => minimums.GetValueOrDefault(market, CreatorEligibility.DefaultMinimumFollowers);
}

/// <summary>A creator with the facts a reviewer weighs: followers against the market's minimum, handle proof, niches.</summary>
public sealed record CreatorView(
    Guid Id, string Handle, string Market, string DisplayName, int FollowerCount, int MinimumFollowers, bool Eligible, IReadOnlyList<string> Niches,
    string? ContactPhone, CreatorStatus Status, string? StatusReason, DateTimeOffset? StatusChangedAt, HandleProof HandleProof, string VerificationCode,
    DateTimeOffset? CodePostedAt, DateTimeOffset JoinedAt, CreatorTier Tier, long MonthlyGmv)
{
    internal static CreatorView From(Creator c, int minimum) => new(
        c.Id, c.Handle, c.MarketCode, c.DisplayName, c.FollowerCount, minimum, c.EligibleWith(minimum), c.Niches, c.ContactPhone, c.Status, c.StatusReason,
        c.StatusChangedAt, c.HandleProof, c.VerificationCode, c.CodePostedAt, c.CreatedAt, c.Tier, c.MonthlyGmv);
}

public sealed record CreatorQuery
{
    public CreatorStatus? Status { get; init; }
    public string? Market { get; init; }
    public string? Search { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 25;
}

public sealed record CreatorPage(IReadOnlyList<CreatorView> Items, int Total, int Page, int PageSize);

public sealed record CreatorDetailView(CreatorView Creator, IReadOnlyList<CreatorEventView> History);

public sealed record CreatorEventView(DateTimeOffset At, string Actor, string Action, string Details);

public sealed record EligibilityView(string Market, int MinimumFollowers, DateTimeOffset? UpdatedAt, string? UpdatedBy);

public sealed record ProfileChange(int FollowerCount, IReadOnlyList<string> Niches, string? ContactPhone);
