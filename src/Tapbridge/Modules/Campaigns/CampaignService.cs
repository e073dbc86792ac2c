using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Agency;
using Tapbridge.Modules.Connections;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.TikTokShop.Errors;
using Tapbridge.TikTokShop.Partner;
using TikTokContact = Tapbridge.TikTokShop.Partner.ContactInfo;
using TikTokSellerType = Tapbridge.TikTokShop.Partner.SellerType;

namespace Tapbridge.Modules.Campaigns;

/// <summary>
/// Create, edit, publish and close campaigns. When the agency's TikTok authorization covers the market, each action is
/// sent to TikTok first and stored only if TikTok accepts it; otherwise the campaign lives in Tapbridge alone.
/// </summary>
public sealed class CampaignService(
    IDbContextFactory<TapbridgeDbContext> contexts, AgencyDirectory agency, PartnerConnection tiktok, TimeProvider clock)
{
    public async Task<IReadOnlyList<CampaignView>> ListAsync(string? market, CampaignStatus? status, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaigns = await db.Set<Campaign>().AsNoTracking()
            .Where(c => market == null || c.MarketCode == market)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return campaigns.Select(c => CampaignView.From(c, now))
            .Where(v => status is null || v.Status == status)
            .OrderBy(v => v.Status).ThenBy(v => v.CampaignStart)
            .ToList();
    }

    public async Task<CampaignDetailView> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaign = await db.Set<Campaign>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException("Campaign");
        var events = await db.Set<CampaignEvent>().AsNoTracking().Where(e => e.CampaignId == id && e.RegistrationId == null).ToListAsync(cancellationToken);
        return new CampaignDetailView(CampaignView.From(campaign, clock.GetUtcNow()), Terms(campaign),
            events.OrderByDescending(e => e.At).Select(e => new CampaignEventView(e.At, e.ActorName, e.Action, e.Details)).ToList());
    }

    public async Task<CampaignView> CreateAsync(Actor actor, string marketCode, CampaignTerms terms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var market = await agency.RequireMarketAsync(marketCode, cancellationToken);
        var now = clock.GetUtcNow();
        var campaign = Campaign.Create(market, terms, now);
        if (await tiktok.ForMarketAsync(market.Code, cancellationToken) is { } partner)
        {
            var created = await TikTokRefusals.AsRuleAsync(() => partner.CreateCampaignAsync(Fields(campaign), cancellationToken));
            campaign.LinkToTikTok(created.CampaignId);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Add(campaign);
        db.Add(CampaignEvent.Record(campaign.Id, actor.UserId, actor.DisplayName, "Created",
            $"{Describe(campaign)}{(campaign.TikTokCampaignId is null ? "; Tapbridge only (market not connected)" : $"; TikTok campaign {campaign.TikTokCampaignId}")}", now));
        await db.SaveChangesAsync(cancellationToken);
        return CampaignView.From(campaign, now);
    }

    public Task<CampaignView> EditAsync(Actor actor, Guid id, CampaignTerms terms, CancellationToken cancellationToken) =>
        ChangeAsync(actor, id, "Edited", async (campaign, partner, now) =>
        {
            var before = Describe(campaign);
            campaign.Edit(terms, now);
            if (partner is not null && campaign.TikTokCampaignId is { } tikTokId)
            {
                await TikTokRefusals.AsRuleAsync(() => partner.EditCampaignAsync(tikTokId, Fields(campaign), cancellationToken));
            }

            return $"{before} → {Describe(campaign)}";
        }, cancellationToken);

    public Task<CampaignView> PublishAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(actor, id, "Published", async (campaign, partner, now) =>
        {
            campaign.Publish(await CountPublishedAsync(campaign.MarketCode, now, cancellationToken), now);
            if (partner is not null && campaign.TikTokCampaignId is { } tikTokId)
            {
                await TikTokRefusals.AsRuleAsync(() => partner.PublishCampaignAsync(tikTokId, cancellationToken));
            }

            return "Visible to sellers; registration " + (campaign.RegistrationOpenAt(now) ? "open" : $"opens {Day(campaign, campaign.RegistrationStart)}");
        }, cancellationToken);

    public Task<CampaignView> CloseAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(actor, id, "Closed", async (campaign, partner, now) =>
        {
            campaign.Close(now);
            if (partner is not null && campaign.TikTokCampaignId is { } tikTokId)
            {
                // TikTok has no close call: ending the campaign now is how Partner Center closes one early.
                await TikTokRefusals.AsRuleAsync(() => partner.EditCampaignAsync(tikTokId, new CampaignFields
                {
                    CampaignEndTime = campaign.CampaignEnd,
                    RegistrationEndTime = campaign.RegistrationEnd,
                }, cancellationToken));
            }

            return $"Ended at {campaign.Market.ToLocal(now):yyyy-MM-dd HH:mm} ({campaign.Market.TimeZoneId})";
        }, cancellationToken);

    /// <summary>
    /// Creates the campaign on TikTok when TikTok does not have it: made before the market was connected, or the
    /// TikTok side was reset. A published campaign is published there too.
    /// </summary>
    public async Task<CampaignView> SendToTikTokAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaign = await db.Set<Campaign>().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException("Campaign");
        var now = clock.GetUtcNow();
        if (campaign.StatusAt(now) == CampaignStatus.Closed)
        {
            throw RuleViolationException.Say<CampaignsRules>("Campaign.ClosedNotSent", null);
        }

        var partner = await tiktok.ForMarketAsync(campaign.MarketCode, cancellationToken)
            ?? throw RuleViolationException.Say<CampaignsRules>("Market.NotConnected", null, campaign.Market.Name);
        if (campaign.TikTokCampaignId is { } existing && await ExistsOnTikTokAsync(partner, existing, cancellationToken))
        {
            throw RuleViolationException.Say<CampaignsRules>("Campaign.AlreadyOnTikTok", null, existing);
        }

        var created = await TikTokRefusals.AsRuleAsync(() => partner.CreateCampaignAsync(Fields(campaign), cancellationToken));
        campaign.LinkToTikTok(created.CampaignId);
        if (campaign.PublishedAt is not null)
        {
            await TikTokRefusals.AsRuleAsync(() => partner.PublishCampaignAsync(created.CampaignId, cancellationToken));
        }

        db.Add(CampaignEvent.Record(campaign.Id, actor.UserId, actor.DisplayName, "Sent to TikTok", $"TikTok campaign {created.CampaignId}", now));
        await db.SaveChangesAsync(cancellationToken);
        return CampaignView.From(campaign, now);
    }

    private static async Task<bool> ExistsOnTikTokAsync(PartnerClient partner, string tikTokId, CancellationToken cancellationToken)
    {
        try
        {
            await partner.GetCampaignAsync(tikTokId, cancellationToken);
            return true;
        }
        catch (TikTokShopException e) when (e.Code == TikTokShopErrorCodes.CampaignNotFound)
        {
            return false;
        }
    }

    private async Task<CampaignView> ChangeAsync(
        Actor actor, Guid id, string action, Func<Campaign, PartnerClient?, DateTimeOffset, Task<string>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var campaign = await db.Set<Campaign>().SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw new NotFoundException("Campaign");
        var partner = campaign.TikTokCampaignId is null ? null : await tiktok.ForMarketAsync(campaign.MarketCode, cancellationToken);
        var now = clock.GetUtcNow();
        var details = await change(campaign, partner, now);
        db.Add(CampaignEvent.Record(campaign.Id, actor.UserId, actor.DisplayName, action, details, now));
        await db.SaveChangesAsync(cancellationToken);
        return CampaignView.From(campaign, now);
    }

    private async Task<int> CountPublishedAsync(string market, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var published = await db.Set<Campaign>().AsNoTracking()
            .Where(c => c.MarketCode == market && c.PublishedAt != null && c.ClosedAt == null && c.CampaignEnd > now)
            .CountAsync(cancellationToken);
        return published;
    }

    private static CampaignFields Fields(Campaign c) => new()
    {
        Name = c.Name,
        Description = c.Description,
        RegistrationStartTime = c.RegistrationStart,
        RegistrationEndTime = c.RegistrationEnd,
        CampaignStartTime = c.CampaignStart,
        CampaignEndTime = c.CampaignEnd,
        CommissionRate = c.CommissionRate,
        ContactInfo = Contact(c),
        TargetShopCodes = c.TargetShopCodes.Count > 0 ? c.TargetShopCodes : null,
        TargetSellerTypes = c.TargetSellerTypes.Count > 0
            ? c.TargetSellerTypes.Select(t => t == TargetSellerType.Local ? TikTokSellerType.Local : TikTokSellerType.CrossBorder).ToList()
            : null,
    };

    private static TikTokContact Contact(Campaign c)
    {
        var messenger = c.ContactMessenger;
        return c.Market.RequiredMessenger switch
        {
            "Zalo" => new TikTokContact { Email = c.ContactEmail, Phone = c.ContactPhone, Zalo = messenger },
            "Viber" => new TikTokContact { Email = c.ContactEmail, Phone = c.ContactPhone, Viber = messenger },
            "LINE" => new TikTokContact { Email = c.ContactEmail, Phone = c.ContactPhone, Line = messenger },
            "WhatsApp" => new TikTokContact { Email = c.ContactEmail, Phone = c.ContactPhone, Whatsapp = messenger },
            _ => new TikTokContact { Email = c.ContactEmail, Phone = c.ContactPhone, Whatsapp = messenger },
        };
    }

    private static CampaignTerms Terms(Campaign c) => new()
    {
        Name = c.Name,
        Description = c.Description,
        RegistrationStart = c.RegistrationStart,
        RegistrationEnd = c.RegistrationEnd,
        CampaignStart = c.CampaignStart,
        CampaignEnd = c.CampaignEnd,
        CommissionRate = c.CommissionRate,
        ContactEmail = c.ContactEmail,
        ContactMessenger = c.ContactMessenger,
        ContactPhone = c.ContactPhone,
        TargetShopCodes = c.TargetShopCodes,
        TargetSellerTypes = c.TargetSellerTypes,
    };

    /// <summary>Dates in the campaign's market time zone, as the pages show them.</summary>
    private static string Day(Campaign c, DateTimeOffset instant) => c.Market.ToLocal(instant).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(Campaign c) =>
        $"“{c.Name}”, {c.CommissionRate / 100m:0.##} %, registration {Day(c, c.RegistrationStart)}–{Day(c, c.RegistrationEnd)}, campaign {Day(c, c.CampaignStart)}–{Day(c, c.CampaignEnd)}"
        + (c.TargetShopCodes.Count > 0 ? $", shops {string.Join(' ', c.TargetShopCodes)}" : "")
        + (c.TargetSellerTypes.Count > 0 ? $", sellers {string.Join('/', c.TargetSellerTypes)}" : "");
}

public sealed record CampaignView(
    Guid Id, string Market, string Name, CampaignStatus Status, int CommissionRate, DateTimeOffset RegistrationStart, DateTimeOffset RegistrationEnd,
    DateTimeOffset CampaignStart, DateTimeOffset CampaignEnd, bool RegistrationOpen, string? TikTokCampaignId)
{
    internal static CampaignView From(Campaign c, DateTimeOffset now) => new(
        c.Id, c.MarketCode, c.Name, c.StatusAt(now), c.CommissionRate, c.RegistrationStart, c.RegistrationEnd, c.CampaignStart, c.CampaignEnd,
        c.RegistrationOpenAt(now), c.TikTokCampaignId);
}

public sealed record CampaignDetailView(CampaignView Campaign, CampaignTerms Terms, IReadOnlyList<CampaignEventView> History);

public sealed record CampaignEventView(DateTimeOffset At, string Actor, string Action, string Details);
