using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Campaigns.Categories;
using Tapbridge.Modules.Campaigns.Registrations;
using Tapbridge.Modules.Campaigns.Trends;
using Tapbridge.Modules.Connections;
using Tapbridge.Modules.Sellers;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Jobs;
using Tapbridge.TikTokShop.Errors;
using Tapbridge.TikTokShop.Json;
using Tapbridge.TikTokShop.Partner;
using Tapbridge.TikTokShop.Transport;
using TikTokStatus = Tapbridge.TikTokShop.Partner.ReviewStatus;

namespace Tapbridge.Modules.Campaigns.Sync;

/// <summary>
/// Pulls each TikTok campaign's product list (registrations made in Seller Center) and merges it with the portal's by
/// product id. Page by page, each page and the cursor saved together, so a pass cut short resumes and a page read twice
/// changes nothing. A lease per campaign keeps two instances (or the job and a "Sync now") from syncing it at once.
/// </summary>
internal sealed class RegistrationSync(
    IDbContextFactory<TapbridgeDbContext> contexts, PartnerConnection tiktok, SellerDirectory sellers, JobLeases leases, TimeProvider clock,
    ILogger<RegistrationSync> logger)
{
    public const int PageSize = 50;
    private const int MaxPagesPerRun = 200;
    private static readonly TimeSpan LeaseTime = TimeSpan.FromMinutes(5);
    private static readonly ConcurrentDictionary<Guid, SemaphoreSlim> Gates = new();
    private static readonly Actor TikTok = new(Guid.Empty, Guid.Empty, OrganizationKind.Agency, "TikTok sync", new HashSet<string>());

    /// <summary>Campaigns to keep in step: on TikTok, published, and not closed for more than a day (late close requests still arrive).</summary>
    public async Task<IReadOnlyList<SyncReport>> SyncAllAsync(CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().AddDays(-1);
        List<Guid> ids;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            ids = await db.Set<Campaign>().AsNoTracking()
                .Where(c => c.TikTokCampaignId != null && c.PublishedAt != null && c.CampaignEnd > since)
                .Select(c => c.Id).ToListAsync(cancellationToken);
        }

        var reports = new List<SyncReport>();
        foreach (var id in ids)
        {
            try
            {
                reports.Add(await SyncCampaignAsync(id, cancellationToken, waitForLease: false));
            }
            catch (RuleViolationException e)
            {
                logger.LogWarning("Registration sync of campaign {Campaign} skipped: {Reason}", id, e.English);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One campaign's failure (TikTok unreachable, a database error) must not stop the others.
                logger.LogError(e, "Registration sync of campaign {Campaign} failed; the next run retries it", id);
            }
        }

        return reports;
    }

    public async Task<SyncReport> SyncCampaignAsync(Guid campaignId, CancellationToken cancellationToken, bool waitForLease = true)
    {
        await RequireCampaignAsync(campaignId, cancellationToken);

        // The database lease keeps instances apart; it is re-entrant within one process, so a per-campaign gate keeps
        // the job and a "Sync now" on the same instance apart too.
        var gate = Gates.GetOrAdd(campaignId, _ => new SemaphoreSlim(1, 1));
        if (!await gate.WaitAsync(waitForLease ? TimeSpan.FromSeconds(30) : TimeSpan.Zero, cancellationToken))
        {
            throw RuleViolationException.Say<CampaignsRules>("Sync.Running", null);
        }

        var lease = Lease(campaignId);
        try
        {
            if (!await AcquireAsync(lease, waitForLease, cancellationToken))
            {
                throw RuleViolationException.Say<CampaignsRules>("Sync.RunningElsewhere", null);
            }

            try
            {
                return await PassAsync(campaignId, cancellationToken);
            }
            finally
            {
                await leases.ReleaseAsync(lease, CancellationToken.None);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private static string Lease(Guid campaignId) => $"registration-sync:{campaignId}";

    /// <summary>The campaign's last sync; all empty when it was never synced.</summary>
    public async Task<SyncStatus> StatusAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        await RequireCampaignAsync(campaignId, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cursor = await db.Set<RegistrationSyncCursor>().AsNoTracking().SingleOrDefaultAsync(c => c.CampaignId == campaignId, cancellationToken);
        return cursor is null
            ? new SyncStatus(null, false, null, null)
            : new SyncStatus(cursor.LastPassCompletedAt, cursor.PageToken is not null, cursor.LastError, cursor.LastErrorAt);
    }

    private async Task RequireCampaignAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Set<Campaign>().AnyAsync(c => c.Id == campaignId, cancellationToken))
        {
            throw new NotFoundException("Campaign");
        }
    }

    private async Task<bool> AcquireAsync(string lease, bool wait, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (await leases.TryAcquireAsync(lease, LeaseTime, cancellationToken))
            {
                return true;
            }

            if (!wait || attempt >= 20)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
    }

    private async Task<SyncReport> PassAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        Campaign campaign;
        RegistrationSyncCursor? cursor;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            campaign = await db.Set<Campaign>().AsNoTracking().SingleOrDefaultAsync(c => c.Id == campaignId, cancellationToken) ?? throw new NotFoundException("Campaign");
            cursor = await db.Set<RegistrationSyncCursor>().AsNoTracking().SingleOrDefaultAsync(c => c.CampaignId == campaignId, cancellationToken);
        }

        var tikTokId = campaign.TikTokCampaignId ?? throw RuleViolationException.Say<CampaignsRules>("Sync.NotOnTikTok", null);
        var partner = await tiktok.ForMarketAsync(campaign.MarketCode, cancellationToken)
            ?? throw RuleViolationException.Say<CampaignsRules>("Market.NotConnected", null, campaign.Market.Name);
        var report = new SyncReport { CampaignId = campaignId };
        var token = cursor?.ResumeToken(tikTokId);
        for (var pages = 0; pages < MaxPagesPerRun; pages++)
        {
            var readAt = clock.GetUtcNow();
            Page<CampaignProduct> page;
            try
            {
                page = await partner.ListCampaignProductsPageAsync(tikTokId, null, PageSize, token, cancellationToken);
            }
            catch (TikTokShopException e)
            {
                await FailedAsync(campaignId, tikTokId, $"{e.TikTokMessage} (code {e.Code})", cancellationToken);
                throw RuleViolationException.Say<CampaignsRules>("Sync.Refused", null, e.TikTokMessage, e.Code);
            }

            var held = await MergePageAsync(campaign, page, token, readAt, report, cancellationToken);
            await SendHeldDecisionsAsync(campaign, partner, held, report, cancellationToken);
            token = page.NextPageToken;
            if (string.IsNullOrEmpty(token))
            {
                report.Completed = true;
                break;
            }

            // A long pass keeps its lease: the holder extends it page by page.
            await leases.TryAcquireAsync(Lease(campaignId), LeaseTime, cancellationToken);
        }

        logger.LogInformation("Registration sync of campaign {Campaign}: {Seen} seen, {Added} new, {Changed} changed, {Sent} decisions sent",
            campaignId, report.Seen, report.Added, report.Changed, report.DecisionsSent);
        return report;
    }

    /// <summary>Merges one page and moves the cursor in the same transaction; a concurrent review makes it read the page's rows again.</summary>
    private async Task<IReadOnlyList<Guid>> MergePageAsync(
        Campaign campaign, Page<CampaignProduct> page, string? token, DateTimeOffset readAt, SyncReport report, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var now = clock.GetUtcNow();
            var ids = page.Items.Select(p => p.Id).ToList();
            var known = await db.Set<Registration>().Where(r => r.CampaignId == campaign.Id && ids.Contains(r.ProductId)).ToDictionaryAsync(r => r.ProductId, cancellationToken);
            var (added, changed) = (0, 0);
            foreach (var product in page.Items)
            {
                var seen = Seen(campaign.Market, product);
                var category = await CategoryTree.LearnAsync(db, campaign.MarketCode, product.Category?.Id ?? "", product.Category?.Name ?? "", now, cancellationToken);
                if (known.TryGetValue(product.Id, out var registration) && registration.Source == RegistrationSource.Portal && !registration.IsOnTikTok(campaign)
                    && !registration.SameShopAs(product.ShopName))
                {
                    if (registration.ShopMismatch(product.ShopName))
                    {
                        changed++;
                        SellerRegistrations.Record(db, registration, TikTok, RegistrationActions.Synced, registration.TikTokError!, now);
                    }
                }
                else if (registration is not null)
                {
                    var changes = registration.SeenOnTikTok(campaign, seen, category, readAt, now);
                    if (changes.Count > 0)
                    {
                        changed++;
                        SellerRegistrations.Record(db, registration, TikTok, RegistrationActions.Synced, string.Join("; ", changes), now);
                    }
                }
                else
                {
                    var shop = await sellers.FindShopByNameAsync(campaign.MarketCode, product.ShopName, cancellationToken);
                    registration = Registration.FromTikTok(campaign, seen,
                        shop is null ? null : new RegisteringShop(shop.SellerId, shop.ShopId, shop.ShopCode, shop.ShopName, shop.Market, shop.CrossBorder), category, now);
                    db.Add(registration);
                    known[product.Id] = registration;
                    added++;
                    SellerRegistrations.Record(db, registration, TikTok, RegistrationActions.FoundOnTikTok,
                        $"from {product.ShopName}{(shop is null ? " (a shop no Tapbridge seller has listed)" : "")} at {registration.Terms()}, {Registration.Describe(registration.Status)}", now);
                }
            }

            await SalesTrend.RecordAsync(db, known.Values, DateOnly.FromDateTime(now.UtcDateTime), cancellationToken);
            var cursor = await db.Set<RegistrationSyncCursor>().SingleOrDefaultAsync(c => c.CampaignId == campaign.Id, cancellationToken);
            if (cursor is null)
            {
                cursor = RegistrationSyncCursor.Start(campaign.Id, campaign.TikTokCampaignId!);
                db.Add(cursor);
            }

            cursor.PageDone(campaign.TikTokCampaignId!, string.IsNullOrEmpty(page.NextPageToken) ? null : page.NextPageToken, now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // A review or another instance's sync changed these rows meanwhile: read them again and merge anew.
                continue;
            }

            (report.Seen, report.Added, report.Changed) = (report.Seen + page.Items.Count, report.Added + added, report.Changed + changed);
            report.Conflicts += known.Values.Count(r => r.HasConflict(campaign));
            return known.Values.Where(r => r.DecisionHeld && r.IsOnTikTok(campaign) && r.TikTokStatus == RegistrationStatus.Pending && !r.HasConflict(campaign))
                .Select(r => r.Id).ToList();
        }
    }

    /// <summary>Decisions taken before TikTok had the product, sent now that it does; a refusal is kept on the registration.</summary>
    private async Task SendHeldDecisionsAsync(Campaign campaign, PartnerClient partner, IReadOnlyList<Guid> held, SyncReport report, CancellationToken cancellationToken)
    {
        if (!campaign.IsOnlineAt(clock.GetUtcNow()))
        {
            return;
        }

        foreach (var id in held)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var registration = await db.Set<Registration>().SingleAsync(r => r.Id == id, cancellationToken);
            if (!registration.DecisionHeld)
            {
                continue;
            }

            var now = clock.GetUtcNow();
            var (result, reasons) = registration.HeldDecision();
            try
            {
                await partner.ReviewCampaignProductAsync(campaign.TikTokCampaignId!, registration.ProductId, result, reasons, cancellationToken);
                registration.DecisionSent();
                report.DecisionsSent++;
                SellerRegistrations.Record(db, registration, TikTok, RegistrationActions.DecisionSent, $"{result} sent to TikTok campaign {campaign.TikTokCampaignId}", now);
            }
            catch (TikTokShopException e)
            {
                registration.HeldDecisionRefused($"{e.TikTokMessage} (code {e.Code})", now);
                SellerRegistrations.Record(db, registration, TikTok, RegistrationActions.DecisionRefused,
                    $"{e.TikTokMessage} (code {e.Code}); back to {Registration.Describe(registration.Status)}", now);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                logger.LogWarning("Registration {Registration} changed while its held decision was sent; the next sync reconciles it", id);
            }
        }
    }

    private async Task FailedAsync(Guid campaignId, string tikTokId, string error, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cursor = await db.Set<RegistrationSyncCursor>().SingleOrDefaultAsync(c => c.CampaignId == campaignId, cancellationToken);
        if (cursor is null)
        {
            cursor = RegistrationSyncCursor.Start(campaignId, tikTokId);
            db.Add(cursor);
        }

        cursor.Failed(error, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    private static TikTokRegistration Seen(Tapbridge.Platform.Markets.Market market, CampaignProduct p)
    {
        var skus = p.SkuInformationList
            .Select(s => new SkuDraft(s.SkuId, s.SkuName, market.ToMinor(Amounts.Parse(s.BasePrice?.SalePrice ?? s.BasePrice?.ListPrice)), s.Inventory?.AvailableQuantity ?? 0))
            .ToList();
        return new TikTokRegistration
        {
            ProductId = p.Id,
            Status = p.ReviewStatus switch
            {
                TikTokStatus.Pending => RegistrationStatus.Pending,
                TikTokStatus.Approved => RegistrationStatus.Approved,
                TikTokStatus.Rejected => RegistrationStatus.Rejected,
                TikTokStatus.PendingClosed => RegistrationStatus.PendingClosed,
                TikTokStatus.Closed => RegistrationStatus.Closed,
            },
            Title = p.Name,
            Description = p.ProductDescription ?? "",
            ImageUrl = p.MainImageUrl,
            CategoryId = p.Category?.Id ?? "",
            CategoryName = p.Category?.Name ?? "",
            ShopName = p.ShopName,
            Skus = skus,
            LowestPrice = p.LowestPrice is { } low ? market.ToMinor(low.Amount) : skus.Select(s => s.Price).DefaultIfEmpty().Min(),
            HighestPrice = p.HighestPrice is { } high ? market.ToMinor(high.Amount) : skus.Select(s => s.Price).DefaultIfEmpty().Max(),
            Stock = p.Inventory,
            PartnerRate = p.PartnerCommissionRate,
            CreatorRate = p.CreatorCommissionRate,
            OpenCollaborationRate = p.OpenCollaborationCommissionRate,
            SampleQuota = p.SampleQuota,
            ProductSales = p.ProductSales,
            Available = p.IsAvailable,
        };
    }
}

/// <summary>What one sync pass did.</summary>
internal sealed class SyncReport
{
    public Guid CampaignId { get; init; }
    public int Seen { get; set; }
    public int Added { get; set; }
    public int Changed { get; set; }
    public int Conflicts { get; set; }
    public int DecisionsSent { get; set; }

    /// <summary>False when the run stopped at its page limit; the next run resumes from the saved page token.</summary>
    public bool Completed { get; set; }
}

internal sealed record SyncStatus(DateTimeOffset? LastCompletedAt, bool InProgress, string? LastError, DateTimeOffset? LastErrorAt);
