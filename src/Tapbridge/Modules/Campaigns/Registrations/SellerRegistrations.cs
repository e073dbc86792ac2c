using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Campaigns.Categories;
using Tapbridge.Modules.Sellers;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;

namespace Tapbridge.Modules.Campaigns.Registrations;

/// <summary>A seller's side of campaigns: what it may register into, its registrations, and changes to them. Always scoped to the caller's seller.</summary>
public sealed class SellerRegistrations(IDbContextFactory<TapbridgeDbContext> contexts, SellerDirectory sellers, CategoryTree categories, TimeProvider clock)
{
    /// <summary>Published campaigns whose registration is open or about to open, for the markets and targets of the seller's shops.</summary>
    public async Task<IReadOnlyList<OpenCampaignView>> OpenCampaignsAsync(Actor actor, CancellationToken cancellationToken)
    {
        var shops = await sellers.ShopsOfAsync(Seller(actor), cancellationToken);
        var markets = shops.Select(s => s.Market).Distinct().ToList();
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaigns = await db.Set<Campaign>().AsNoTracking()
            .Where(c => markets.Contains(c.MarketCode) && c.PublishedAt != null && c.ClosedAt == null && c.RegistrationEnd > now)
            .ToListAsync(cancellationToken);
        var ids = campaigns.Select(c => c.Id).ToList();
        var mine = await db.Set<Registration>().AsNoTracking().Where(r => r.SellerId == actor.OrganizationId && ids.Contains(r.CampaignId))
            .GroupBy(r => r.CampaignId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return campaigns
            .Select(c => new OpenCampaignView(CampaignView.From(c, now), c.Description,
                shops.Where(s => s.Market == c.MarketCode && c.IsOpenTo(s.ShopCode, s.CrossBorder)).Select(s => new EligibleShop(s.ShopId, s.ShopCode, s.ShopName)).ToList(),
                mine.GetValueOrDefault(c.Id)))
            .Where(v => v.Shops.Count > 0 && v.Campaign.Status != CampaignStatus.Closed)
            .OrderByDescending(v => v.Campaign.RegistrationOpen).ThenBy(v => v.Campaign.RegistrationEnd)
            .ToList();
    }

    public async Task<IReadOnlyList<RegistrationView>> ListAsync(Actor actor, Guid? campaignId, RegistrationStatus? status, CancellationToken cancellationToken)
    {
        var seller = Seller(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (from r in db.Set<Registration>().AsNoTracking()
                          join c in db.Set<Campaign>().AsNoTracking() on r.CampaignId equals c.Id
                          where r.SellerId == seller && (campaignId == null || r.CampaignId == campaignId) && (status == null || r.Status == status)
                          orderby r.UpdatedAt descending
                          select new { r, c }).Take(500).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return rows.Select(x => RegistrationView.From(x.r, x.c, null, now)).ToList();
    }

    public async Task<RegistrationDetailView> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        var seller = Seller(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var registration = await db.Set<Registration>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.SellerId == seller, cancellationToken)
            ?? throw new NotFoundException("Registration");
        var campaign = await db.Set<Campaign>().AsNoTracking().SingleAsync(c => c.Id == registration.CampaignId, cancellationToken);
        var events = await db.Set<CampaignEvent>().AsNoTracking().Where(e => e.RegistrationId == id).ToListAsync(cancellationToken);
        return RegistrationDetailView.From(registration, campaign, null, null, events, clock.GetUtcNow());
    }

    /// <summary>Reviews of the seller's registrations in the last 30 days, newest first: the portal's notifications.</summary>
    public async Task<IReadOnlyList<SellerNotice>> RecentDecisionsAsync(Actor actor, CancellationToken cancellationToken)
    {
        var seller = Seller(actor);
        var since = clock.GetUtcNow().AddDays(-30);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (from e in db.Set<CampaignEvent>().AsNoTracking()
                          join r in db.Set<Registration>().AsNoTracking() on e.RegistrationId equals (Guid?)r.Id
                          join c in db.Set<Campaign>().AsNoTracking() on r.CampaignId equals c.Id
                          where r.SellerId == seller && e.Action == RegistrationActions.Reviewed && e.At >= since
                          select new { e.At, e.Details, r.Id, r.Title, r.Status, Campaign = c.Name }).ToListAsync(cancellationToken);
        return rows.OrderByDescending(x => x.At).Take(10)
            .Select(x => new SellerNotice(x.Id, x.Title, x.Campaign, x.Status, x.Details.StartsWith($"“{x.Title}”: ", StringComparison.Ordinal) ? x.Details[(x.Title.Length + 4)..] : x.Details, x.At))
            .ToList();
    }

    public async Task<RegistrationView> RegisterAsync(Actor actor, Guid campaignId, RegistrationDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var shop = await ShopAsync(actor, draft.ShopId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaign = await db.Set<Campaign>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken) ?? throw new NotFoundException("Campaign");
        await categories.EnsureStartedAsync(campaign.MarketCode, cancellationToken);
        var category = await CategoryTree.RequireAsync(db, campaign.MarketCode, draft.CategoryId, cancellationToken);
        var now = clock.GetUtcNow();
        var productId = draft.ProductId.Trim();
        var registration = await db.Set<Registration>().SingleOrDefaultAsync(r => r.CampaignId == campaignId && r.ProductId == productId, cancellationToken);
        if (registration is null)
        {
            registration = Registration.Submit(campaign, shop, draft, category, now);
            db.Add(registration);
            Record(db, registration, actor, RegistrationActions.Registered, $"product {productId} from {shop.ShopName} at {registration.Terms()}", now);
        }
        else if (registration.SellerId != shop.SellerId)
        {
            throw RuleViolationException.Say<CampaignsRules>("Registration.ProductTaken", "productId");
        }
        else if (registration.Status != RegistrationStatus.Rejected)
        {
            throw RuleViolationException.Say<CampaignsRules>("Registration.AlreadyYours", "productId", Registration.Describe(registration.Status));
        }
        else
        {
            Record(db, registration, actor, RegistrationActions.RegisteredAgain, registration.Resubmit(campaign, draft, category, now), now);
        }

        await SaveAsync(db, cancellationToken);
        return RegistrationView.From(registration, campaign, null, now);
    }

    public async Task<RegistrationView> EditAsync(Actor actor, Guid id, RegistrationDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var (db, registration, campaign) = await LoadAsync(actor, id, cancellationToken);
        await using (db)
        {
            var category = await CategoryTree.RequireAsync(db, campaign.MarketCode, draft.CategoryId, cancellationToken);
            var now = clock.GetUtcNow();
            var again = registration.Status == RegistrationStatus.Rejected;
            var details = registration.Resubmit(campaign, draft, category, now);
            Record(db, registration, actor, again ? RegistrationActions.RegisteredAgain : RegistrationActions.Edited, details, now);
            await SaveAsync(db, cancellationToken);
            return RegistrationView.From(registration, campaign, null, now);
        }
    }

    public async Task<RegistrationView> RequestCloseAsync(Actor actor, Guid id, string? reason, CancellationToken cancellationToken)
    {
        var (db, registration, campaign) = await LoadAsync(actor, id, cancellationToken);
        await using (db)
        {
            var now = clock.GetUtcNow();
            registration.RequestClose(campaign, reason, now);
            Record(db, registration, actor, RegistrationActions.CloseRequested, reason ?? "No reason given", now);
            await SaveAsync(db, cancellationToken);
            return RegistrationView.From(registration, campaign, null, now);
        }
    }

    internal static void Record(TapbridgeDbContext db, Registration registration, Actor actor, string action, string details, DateTimeOffset now) =>
        db.Add(CampaignEvent.Record(registration.CampaignId, actor.UserId, actor.DisplayName, action, $"“{registration.Title}”: {details}", now, registration.Id));

    /// <summary>Saves, turning a lost race (another change to the same registration, or the same product registered at once) into a clear refusal.</summary>
    internal static async Task SaveAsync(TapbridgeDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw RuleViolationException.Say<CampaignsRules>("Registration.ChangedMeanwhile", null);
        }
        catch (DbUpdateException)
        {
            throw RuleViolationException.Say<CampaignsRules>("Registration.RegisteredMeanwhile", "productId");
        }
    }

    private async Task<(TapbridgeDbContext, Registration, Campaign)> LoadAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        var seller = Seller(actor);
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        var registration = await db.Set<Registration>().SingleOrDefaultAsync(r => r.Id == id && r.SellerId == seller, cancellationToken);
        if (registration is null)
        {
            await db.DisposeAsync();
            throw new NotFoundException("Registration");
        }

        var campaign = await db.Set<Campaign>().AsNoTracking().SingleAsync(c => c.Id == registration.CampaignId, cancellationToken);
        return (db, registration, campaign);
    }

    private async Task<RegisteringShop> ShopAsync(Actor actor, Guid shopId, CancellationToken cancellationToken)
    {
        var shop = (await sellers.ShopsOfAsync(Seller(actor), cancellationToken)).FirstOrDefault(s => s.ShopId == shopId)
            ?? throw RuleViolationException.Say<CampaignsRules>("Registration.ChooseShop", "shopId");
        return new RegisteringShop(shop.SellerId, shop.ShopId, shop.ShopCode, shop.ShopName, shop.Market, shop.CrossBorder);
    }

    private static Guid Seller(Actor actor) => actor.Kind == OrganizationKind.Seller
        ? actor.OrganizationId
        : throw new UnauthorizedAccessException("Only sellers register products.");
}

/// <summary>A review of one of the seller's registrations, as the portal announces it.</summary>
public sealed record SellerNotice(Guid RegistrationId, string Title, string Campaign, RegistrationStatus CurrentStatus, string Details, DateTimeOffset At);

/// <summary>The audit trail's names for what happens to a registration.</summary>
internal static class RegistrationActions
{
    public const string Registered = "Registered";
    public const string RegisteredAgain = "Registered again";
    public const string Edited = "Edited";
    public const string CloseRequested = "Close requested";
    public const string Reviewed = "Reviewed";
    public const string ConflictResolved = "Conflict resolved";
    public const string FoundOnTikTok = "Registered on TikTok";
    public const string Synced = "Synced from TikTok";
    public const string DecisionSent = "Decision sent to TikTok";
    public const string DecisionRefused = "TikTok refused the decision";
    public const string LinkGenerated = "Promotion link";
}
