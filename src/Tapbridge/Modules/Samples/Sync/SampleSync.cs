using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Connections;
using Tapbridge.Modules.Creators;
using Tapbridge.Platform.Data;
using Tapbridge.TikTokShop.Errors;
using Tapbridge.TikTokShop.Partner;

namespace Tapbridge.Modules.Samples.Sync;

/// <summary>
/// Reads TikTok's sample status of every creator of every live campaign product (P12, and P14 for the shipment once it
/// ships) and merges it into the same records as requests made here: new requests made inside TikTok appear, decisions
/// taken here are confirmed when TikTok shows them applied, and shipping, delivery and posting follow TikTok. Runs as
/// one recurring job (a lease keeps it to one instance); each page is merged and the cursor moved in one transaction,
/// so a pass cut short resumes and a page read twice changes nothing.
/// </summary>
internal sealed class SampleSync(
    IDbContextFactory<TapbridgeDbContext> contexts, PartnerConnection tiktok, SamplePolicies policies, SampleNotifier notifier,
    TimeProvider clock, ILogger<SampleSync> logger)
{
    public const int PageSize = 50;

    public async Task<SampleSyncReport> SyncAllAsync(CancellationToken cancellationToken)
    {
        var report = new SampleSyncReport();
        var products = await ProductsAsync(cancellationToken);
        SampleSyncCursor cursor;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            cursor = await db.Set<SampleSyncCursor>().AsNoTracking()
                .SingleOrDefaultAsync(c => c.Key == SampleSyncCursor.Only, cancellationToken)
                ?? SampleSyncCursor.Start();
        }

        var resumeAt = products.FindIndex(p => p.Registration.Id == cursor.RegistrationId);
        foreach (var product in products.Skip(Math.Max(0, resumeAt)))
        {
            var token = product.Registration.Id == cursor.RegistrationId ? cursor.PageToken : null;
            try
            {
                await ProductAsync(product, token, report, cancellationToken);
            }
            catch (TikTokShopException e)
            {
                // One product TikTok will not answer for (closed meanwhile, say) must not stop the others.
                logger.LogWarning("Sample sync skipped product {Product} of campaign {Campaign}: {Message} (code {Code})",
                    product.Registration.ProductId, product.TikTokCampaignId, e.TikTokMessage, e.Code);
            }
        }

        await SaveCursorAsync(c => c.PassDone(clock.GetUtcNow()), cancellationToken);
        logger.LogInformation("Sample sync: {Seen} seen, {Added} new, {Changed} changed, {Unknown} of creators Tapbridge does not know",
            report.Seen, report.Added, report.Changed, report.UnknownCreators);
        return report;
    }

    private async Task ProductAsync(LiveProduct product, string? token, SampleSyncReport report, CancellationToken cancellationToken)
    {
        var partner = await tiktok.ForMarketAsync(product.Registration.MarketCode, cancellationToken);
        if (partner is null)
        {
            return;
        }

        do
        {
            var page = await partner.GetProductCreatorPerformancePageAsync(
                product.TikTokCampaignId, product.Registration.ProductId, PageSize, token, cancellationToken);
            var asked = page.Items
                .Where(c => c.FreeSampleStatus is { } s && s != FreeSampleStatus.NotRequested && c.Creator is not null)
                .ToList();
            token = page.IsLast ? null : page.NextPageToken;
            await MergeAsync(partner, product, asked, token, report, cancellationToken);
        }
        while (token is not null);
    }

    /// <summary>
    /// Merges one page of TikTok's creators into the records. The shipment (P14) is read only for a parcel whose delivery
    /// is not known yet, and the post (P13) only for a completed sample without one: a pass over finished samples costs
    /// one request per page.
    /// </summary>
    private async Task MergeAsync(
        PartnerClient partner, LiveProduct product, IReadOnlyList<PromotionCreator> asked, string? nextToken, SampleSyncReport report,
        CancellationToken cancellationToken)
    {
        var registration = product.Registration;
        var policy = await policies.ForProductAsync(registration.MarketCode, registration.Id, cancellationToken);
        var moved = new List<(SampleRequest Sample, SampleStage Before)>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var handles = asked.Select(c => c.Creator!.UserName).ToList();
        var creators = await db.Set<Creator>().AsNoTracking()
            .Where(c => c.MarketCode == registration.MarketCode && c.Status == CreatorStatus.Approved && handles.Contains(c.Handle))
            .ToDictionaryAsync(c => c.Handle, c => c.Id, StringComparer.Ordinal, cancellationToken);
        var ids = creators.Values.ToList();
        var known = (await db.Set<SampleRequest>().Where(s => s.RegistrationId == registration.Id && ids.Contains(s.CreatorId))
            .ToListAsync(cancellationToken)).ToLookup(s => s.CreatorId);
        var (book, release) = (0, 0);
        var now = clock.GetUtcNow();
        foreach (var seen in asked)
        {
            report.Seen++;
            if (!creators.TryGetValue(seen.Creator!.UserName, out var creatorId))
            {
                report.UnknownCreators++;
                continue;
            }

            var status = seen.FreeSampleStatus!.Value;
            var sample = Match(known[creatorId].OrderByDescending(s => s.RequestedAt).ToList(), status);
            if (sample is null)
            {
                sample = SampleRequest.FromTikTok(product.Ask(creatorId), now, policy.ReviewTime);
                db.Add(sample);
                report.Added++;
                book++;
            }

            var (held, before) = (sample.HoldsQuota, sample.Stage);
            var shipment = sample.DeliveredAt is null && SampleTikTokStatus.Ships(status)
                ? await ShipmentAsync(partner, product, seen.Creator.CreatorOpenId, cancellationToken)
                : null;
            var changed = sample.SeenOnTikTok(status, shipment, now, policy.ContentTime);
            if (sample is { Stage: SampleStage.Completed, ContentUrl: null }
                && await PostAsync(partner, product, seen, sample.DeliveredAt, cancellationToken) is { } post)
            {
                changed |= sample.PostedOnTikTok(post);
            }

            if (changed)
            {
                report.Changed++;
                moved.Add((sample, before));
            }

            (book, release) = (book + (!held && sample.HoldsQuota ? 1 : 0), release + (held && !sample.HoldsQuota ? 1 : 0));
        }

        await SampleQuotas.EnsureAsync(contexts, registration.Id, cancellationToken);
        await db.InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync(cancellationToken);
            await SampleQuotas.AdjustAsync(db, registration.Id, book - release, cancellationToken);
            await MoveCursorAsync(db, c => c.PageDone(registration.Id, nextToken), cancellationToken);
            return true;
        }, cancellationToken);
        foreach (var (sample, before) in moved.Where(m => m.Sample.Stage != m.Before))
        {
            await TellAsync(sample, cancellationToken);
        }
    }

    /// <summary>
    /// The record TikTok's status belongs to: the open one; else a decision waiting for TikTok; else the last one,
    /// when TikTok has already said this or says how it ended. Null: TikTok shows a request newer than any here.
    /// </summary>
    private static SampleRequest? Match(List<SampleRequest> samples, FreeSampleStatus status)
    {
        if (samples.FirstOrDefault(s => s.IsOpen || s.AwaitingTikTok) is { } current)
        {
            return current;
        }

        var last = samples.Count > 0 ? samples[0] : null;
        var ended = SampleTikTokStatus.Stage(status).Stage is SampleStage.Completed or SampleStage.Cancelled;
        return last is not null && (last.TikTokStatus == status.ToString() || ended) ? last : null;
    }

    private Task TellAsync(SampleRequest sample, CancellationToken cancellationToken) => sample.Stage switch
    {
        SampleStage.AwaitingShipment => notifier.DecidedAsync(sample, cancellationToken),
        SampleStage.Cancelled when sample.CancelReason == SampleCancelReason.Rejected => notifier.DecidedAsync(sample, cancellationToken),
        SampleStage.Shipped => notifier.ShippedAsync(sample, cancellationToken),
        SampleStage.ContentDue => notifier.DeliveredAsync(sample, cancellationToken),
        _ => Task.CompletedTask,
    };

    /// <summary>P14: the carrier, and when the parcel was handed over and delivered, from TikTok's tracking events.</summary>
    private static async Task<TikTokShipment?> ShipmentAsync(
        PartnerClient partner, LiveProduct product, string openId, CancellationToken cancellationToken)
    {
        var status = await partner.GetCreatorSampleStatusAsync(
            product.TikTokCampaignId, product.Registration.ProductId, openId, cancellationToken);
        if (status is null)
        {
            return null;
        }

        DateTimeOffset? At(string description) =>
            status.TrackingResults.Where(t => t.TrackingEventDescription == description).Select(t => t.TrackingEventUpdateDate).Min();
        return new TikTokShipment(status.ShippingProviderName, null, At("ORDER_PACKED_AND_READY_FOR_DROP_OFF_AT_CARRIERS_FACILITY"),
            At("THE_PACKAGE_HAS_BEEN_DELIVERED"));
    }

    /// <summary>P13: the creator's first video or live for the product since the sample was delivered, as TikTok links it.</summary>
    private static async Task<Uri?> PostAsync(
        PartnerClient partner, LiveProduct product, PromotionCreator seen, DateTimeOffset? delivered, CancellationToken cancellationToken)
    {
        var contents = await partner.GetCreatorContentStatisticsAsync(
            product.TikTokCampaignId, product.Registration.ProductId, seen.Creator!.CreatorOpenId, seen.AffiliateProductId, null,
            cancellationToken);
        // TikTok dates a post in the creator's market.
        var market = Platform.Markets.Market.Get(product.Registration.MarketCode);
        var since = delivered is { } day ? market.ToLocal(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
        return contents
            .Where(c => c.SourceUrl is not null && string.CompareOrdinal(c.PublishedDate ?? "", since) >= 0)
            .OrderBy(c => c.PublishedDate, StringComparer.Ordinal)
            .Select(c => TikTokContentUrl.Parse(c.SourceUrl))
            .FirstOrDefault(u => u is not null);
    }

    private async Task<List<LiveProduct>> ProductsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await LiveProducts.OnTikTokAsync(db, clock.GetUtcNow(), cancellationToken))
            .Select(p => new LiveProduct(p.Registration, p.TikTokCampaignId)).ToList();
    }

    private async Task SaveCursorAsync(Action<SampleSyncCursor> move, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await MoveCursorAsync(db, move, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task MoveCursorAsync(TapbridgeDbContext db, Action<SampleSyncCursor> move, CancellationToken cancellationToken)
    {
        var cursor = await db.Set<SampleSyncCursor>().SingleOrDefaultAsync(c => c.Key == SampleSyncCursor.Only, cancellationToken);
        if (cursor is null)
        {
            cursor = SampleSyncCursor.Start();
            db.Add(cursor);
        }

        move(cursor);
        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record LiveProduct(Registration Registration, string TikTokCampaignId)
    {
        public SampleAsk Ask(Guid creatorId)
        {
            var sku = Registration.Skus.FirstOrDefault();
            return new SampleAsk(creatorId, Registration.CampaignId, Registration.Id, Registration.SellerId, Registration.MarketCode,
                Registration.ProductId, Registration.Title, sku?.SkuId ?? "", sku?.Name ?? "", sku?.Price ?? Registration.LowestPrice,
                SampleSource.TikTok, OnTikTok: true);
        }
    }
}

/// <summary>What one pass of the sample sync did.</summary>
internal sealed class SampleSyncReport
{
    public int Seen { get; set; }
    public int Added { get; set; }
    public int Changed { get; set; }
    public int UnknownCreators { get; set; }
}
