using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Agency;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Connections;
using Tapbridge.Modules.Creators;
using Tapbridge.Modules.Showcase.Links;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Web;
using static Tapbridge.Platform.RuleViolationException;

namespace Tapbridge.Modules.Showcase;

/// <summary>
/// An approved creator's Showcase: joining a product's campaign (terms accepted once per campaign), the TikTok
/// promotion link minted at the product's creator rate plus a Tapbridge short link, verification, and clicks.
/// </summary>
public sealed class CreatorShowcase(
    IDbContextFactory<TapbridgeDbContext> contexts, CreatorDirectory creators, AgencyDirectory agency, PartnerConnection tiktok, CreatorTikTok creatorTikTok,
    PublicUrl urls, TimeProvider clock)
{
    public const int DailyDays = 14;

    public async Task<ShowcaseOffer> OfferAsync(Actor actor, Guid productId, CancellationToken cancellationToken)
    {
        var market = await creators.RequireApprovedAsync(actor, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (registration, campaign) = await OnOfferAsync(db, market, productId, cancellationToken);
        var accepted = await db.Set<CampaignMembership>().AnyAsync(m => m.CreatorId == actor.OrganizationId && m.CampaignId == campaign.Id, cancellationToken);
        var existing = await db.Set<ShowcaseItem>().Where(i => i.CreatorId == actor.OrganizationId && i.RegistrationId == registration.Id)
            .Select(i => (Guid?)i.Id).SingleOrDefaultAsync(cancellationToken);
        return new ShowcaseOffer(registration.Id, campaign.Id, campaign.Name, campaign.CampaignEnd, accepted,
            ShowcaseTerms.For(campaign, (await agency.GetAsync(cancellationToken)).Name), existing);
    }

    /// <summary>
    /// Adds the product: TikTok mints the creator's promotion link first, then the item is saved. Adding a product
    /// already in the Showcase returns it unchanged (a double tap, or two devices, make one item).
    /// </summary>
    public async Task<(ShowcaseEntry Entry, bool Created)> AddAsync(Actor actor, AddToShowcase request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var market = await creators.RequireApprovedAsync(actor, cancellationToken);
        var creatorId = actor.OrganizationId;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (registration, campaign) = await OnOfferAsync(db, market, request.ProductId, cancellationToken);
        if (await FindAsync(db, creatorId, registration.Id, cancellationToken) is { } existing)
        {
            return (await EntryAsync(creatorId, existing, cancellationToken), false);
        }

        var now = clock.GetUtcNow();
        await JoinAsync(creatorId, campaign, request.AcceptTerms, cancellationToken);
        var tikTokCampaign = campaign.TikTokCampaignId
            ?? throw Say<ShowcaseRules>("Campaign.NotOnTikTok", null);
        var partner = await tiktok.ForMarketAsync(market, cancellationToken)
            ?? throw Say<ShowcaseRules>("Market.NotConnected", null);
        var link = await TikTokRefusals.AsRuleAsync(
            () => partner.GeneratePromotionLinkAsync(tikTokCampaign, registration.ProductId, registration.CreatorRate, cancellationToken), "PromotionLink");
        var item = ShowcaseItem.Add(creatorId, campaign.Id, registration.Id, market, registration.ProductId, registration.CreatorRate, link.Link, ShortCode.New(), now);
        db.Add(item);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two taps at once: the first one's item stands.
            await using var reread = await contexts.CreateDbContextAsync(cancellationToken);
            if (await FindAsync(reread, creatorId, registration.Id, cancellationToken) is not { } raced)
            {
                throw;
            }

            return (await EntryAsync(creatorId, raced, cancellationToken), false);
        }

        return (await EntryAsync(creatorId, item, cancellationToken), true);
    }

    /// <summary>
    /// Confirms the product is in the creator's TikTok Showcase: through TikTok's creator API when the creator authorized
    /// Tapbridge (the product must be listed there under a partner campaign), otherwise on the creator's word, which
    /// TikTok's first order attributed to them for the product settles later.
    /// </summary>
    public async Task<ShowcaseEntry> VerifyAsync(Actor actor, Guid itemId, VerifyShowcase request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await db.Set<ShowcaseItem>().SingleOrDefaultAsync(i => i.Id == itemId && i.CreatorId == actor.OrganizationId, cancellationToken)
            ?? throw new NotFoundException("Showcase product");
        if (await creatorTikTok.ClientAsync(actor.OrganizationId, cancellationToken) is { } creatorApi)
        {
            var listed = await TikTokRefusals.AsRuleAsync(
                () => creatorApi.ListShowcaseProductsAsync(TikTokShop.Creator.ShowcaseOrigin.Showcase, cancellationToken)
                    .AnyAsync(p => p.Id == item.ProductId && p.Collaboration?.IsPartnerCampaign == true, cancellationToken).AsTask(),
                "ShowcaseCheck");
            Require<ShowcaseRules>(listed, "showcase", "Showcase.NotListed");
            item.Verify(ShowcaseVerification.TikTok, clock.GetUtcNow());
        }
        else
        {
            Require<ShowcaseRules>(request.Confirmed, "confirmed", "Showcase.ConfirmAdded");
            item.Verify(ShowcaseVerification.CreatorConfirmed, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
        return await EntryAsync(actor.OrganizationId, item, cancellationToken);
    }

    /// <summary>One product of the signed-in creator's Showcase.</summary>
    public async Task<ShowcaseEntry> ItemAsync(Actor actor, Guid itemId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var item = await db.Set<ShowcaseItem>().AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId && i.CreatorId == actor.OrganizationId, cancellationToken)
            ?? throw new NotFoundException("Showcase product");
        return (await EntriesAsync(db, actor.OrganizationId, [item], cancellationToken)).Single();
    }

    public async Task<ShowcaseOverview> OverviewAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var market = Platform.Markets.Market.Get(await creators.RequireApprovedAsync(actor, cancellationToken));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var items = await db.Set<ShowcaseItem>().AsNoTracking().Where(i => i.CreatorId == actor.OrganizationId).OrderByDescending(i => i.AddedAt).ToListAsync(cancellationToken);
        var entries = await EntriesAsync(db, actor.OrganizationId, items, cancellationToken);
        var today = DateOnly.FromDateTime(market.ToLocal(clock.GetUtcNow()).DateTime);
        var daily = Enumerable.Range(0, DailyDays).Select(d => today.AddDays(d - DailyDays + 1))
            .Select(day => new DailyClicks(day, entries.Sum(e => e.Daily.Where(x => x.Day == day).Sum(x => x.Clicks)))).ToList();
        return new ShowcaseOverview(entries, daily, entries.Sum(e => e.Clicks), await creatorTikTok.AccountAsync(actor.OrganizationId, cancellationToken) is not null);
    }

    /// <summary>
    /// Joins the campaign on the first product (the terms must be accepted); saved on its own, so two products of one
    /// campaign added at once both go through: whichever saves the membership second finds it there.
    /// </summary>
    private async Task JoinAsync(Guid creatorId, Campaign campaign, bool acceptTerms, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Set<CampaignMembership>().AnyAsync(m => m.CreatorId == creatorId && m.CampaignId == campaign.Id, cancellationToken))
        {
            return;
        }

        Require<ShowcaseRules>(acceptTerms, "acceptTerms", "Terms.Accept", campaign.Name);
        db.Add(CampaignMembership.Accept(creatorId, campaign.Id, ShowcaseTerms.For(campaign, (await agency.GetAsync(cancellationToken)).Name), clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await using var reread = await contexts.CreateDbContextAsync(cancellationToken);
            if (!await reread.Set<CampaignMembership>().AnyAsync(m => m.CreatorId == creatorId && m.CampaignId == campaign.Id, cancellationToken))
            {
                throw;
            }
        }
    }

    private static Task<ShowcaseItem?> FindAsync(TapbridgeDbContext db, Guid creatorId, Guid registrationId, CancellationToken cancellationToken) =>
        db.Set<ShowcaseItem>().AsNoTracking().SingleOrDefaultAsync(i => i.CreatorId == creatorId && i.RegistrationId == registrationId, cancellationToken);

    private async Task<(Registration Registration, Campaign Campaign)> OnOfferAsync(TapbridgeDbContext db, string market, Guid productId, CancellationToken cancellationToken)
    {
        var live = await LiveProducts.QueryAsync(db, market, null, clock.GetUtcNow(), cancellationToken);
        var registration = await live.Where(r => r.Status == RegistrationStatus.Approved).SingleOrDefaultAsync(r => r.Id == productId, cancellationToken)
            ?? throw new NotFoundException("Product");
        return (registration, await db.Set<Campaign>().AsNoTracking().SingleAsync(c => c.Id == registration.CampaignId, cancellationToken));
    }

    private async Task<ShowcaseEntry> EntryAsync(Guid creatorId, ShowcaseItem item, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await EntriesAsync(db, creatorId, [item], cancellationToken)).Single();
    }

    private async Task<List<ShowcaseEntry>> EntriesAsync(TapbridgeDbContext db, Guid creatorId, List<ShowcaseItem> items, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var registrationIds = items.Select(i => i.RegistrationId).ToList();
        var campaignIds = items.Select(i => i.CampaignId).Distinct().ToList();
        var itemIds = items.Select(i => i.Id).ToList();
        var registrations = await db.Set<Registration>().AsNoTracking().Where(r => registrationIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var campaigns = await db.Set<Campaign>().AsNoTracking().Where(c => campaignIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var totals = await db.Set<LinkClick>().AsNoTracking().Where(c => c.CreatorId == creatorId && itemIds.Contains(c.ShowcaseItemId))
            .GroupBy(c => c.ShowcaseItemId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var from = items.Count == 0 ? default : DateOnly.FromDateTime(items[0].Market.ToLocal(now).DateTime).AddDays(1 - DailyDays);
        var daily = (await db.Set<LinkClick>().AsNoTracking().Where(c => c.CreatorId == creatorId && itemIds.Contains(c.ShowcaseItemId) && c.Day >= from)
                .GroupBy(c => new { c.ShowcaseItemId, c.Day }).Select(g => new { g.Key.ShowcaseItemId, g.Key.Day, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToLookup(d => d.ShowcaseItemId);
        return items.Select(i =>
        {
            var r = registrations[i.RegistrationId];
            var c = campaigns[i.CampaignId];
            var campaignLive = c.StatusAt(now) is CampaignStatus.Ongoing or CampaignStatus.Upcoming;
            return new ShowcaseEntry(
                i.Id, r.Id, r.Title, r.ImageUrls.FirstOrDefault(), r.ShopName, r.Market.Currency, r.LowestPrice, i.CreatorRate,
                MarketplaceProduct.EarningsAt(r.LowestPrice, i.CreatorRate), c.Id, c.Name, c.CampaignEnd, i.TikTokLink, urls.For("/l/" + i.Code),
                i.StateAt(campaignLive, r.Forwardable), i.Verification, i.AddedAt, i.VerifiedAt, totals.GetValueOrDefault(i.Id),
                daily[i.Id].OrderBy(d => d.Day).Select(d => new DailyClicks(d.Day, d.Count)).ToList());
        }).ToList();
    }
}
