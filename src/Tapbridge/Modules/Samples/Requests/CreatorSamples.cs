using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Creators;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;
using static Tapbridge.Platform.RuleViolationException;

using Tapbridge.Modules.Samples.Returns;

namespace Tapbridge.Modules.Samples.Requests;

/// <summary>
/// A creator's samples: what she may ask for and why not, the request itself (the quota is booked in the same
/// transaction, so it is never overbooked), withdrawing, saying it arrived, and linking the post that fulfils it.
/// </summary>
internal sealed class CreatorSamples(
    IDbContextFactory<TapbridgeDbContext> contexts, CreatorDirectory creators, SamplePolicies policies, SampleNotifier notifier,
    TimeProvider clock)
{
    /// <summary>How far ahead a creator may plan her post: past that, the sample would sit unused.</summary>
    public const int PlanDays = 60;

    public async Task<SampleOffer> OfferAsync(Actor actor, Guid productId, CancellationToken cancellationToken)
    {
        var market = Market.Get(await creators.RequireApprovedAsync(actor, cancellationToken));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (registration, campaign) = await OnOfferAsync(db, market.Code, productId, cancellationToken);
        var policy = await policies.ForProductAsync(market.Code, registration.Id, cancellationToken);
        var now = clock.GetUtcNow();
        var (candidate, booked) = await CandidateAsync(db, actor.OrganizationId, registration.Id, now, cancellationToken);
        var address = await db.Set<SampleAddress>().AsNoTracking()
            .SingleOrDefaultAsync(a => a.CreatorId == actor.OrganizationId, cancellationToken);
        return new SampleOffer(
            registration.Id, market.Code, registration.SampleQuota, Math.Max(0, registration.SampleQuota - booked),
            registration.Skus.Select(s => new SampleSku(s.SkuId, s.Name, s.Price, s.Stock > 0)).ToList(),
            SampleEligibility.Check(candidate, policy, registration.SampleQuota, booked),
            address is null ? null : new SampleShipTo(address.Recipient, address.Phone, address.Address),
            policy.ContentDays, LastPostDay(market, campaign, now), candidate.Fulfilment, campaign.TikTokCampaignId is not null);
    }

    public async Task<SampleView> AskAsync(Actor actor, AskForSample ask, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ask);
        var market = Market.Get(await creators.RequireApprovedAsync(actor, cancellationToken));
        var creatorId = actor.OrganizationId;
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (registration, campaign) = await OnOfferAsync(db, market.Code, ask.ProductId, cancellationToken);
        var sku = registration.Skus.SingleOrDefault(s => s.SkuId == ask.SkuId?.Trim()) ?? throw Say<SamplesRules>("Ask.Sku", "skuId");
        Require<SamplesRules>(sku.Stock > 0, "skuId", "Ask.SkuOutOfStock", sku.Name);
        Require<SamplesRules>(Enum.IsDefined(ask.Format), "format", "Ask.Format");
        var today = DateOnly.FromDateTime(market.ToLocal(now).DateTime);
        var lastDay = LastPostDay(market, campaign, now);
        Require<SamplesRules>(ask.PlannedPostOn >= today && ask.PlannedPostOn <= lastDay, "plannedPostOn", "Ask.PostDay", lastDay);
        var address = await db.Set<SampleAddress>().SingleOrDefaultAsync(a => a.CreatorId == creatorId, cancellationToken);
        if (address is null)
        {
            address = SampleAddress.For(creatorId);
            db.Add(address);
        }

        address.Keep(ask.Recipient, ask.Phone, ask.Address, now);
        var policy = await policies.ForProductAsync(market.Code, registration.Id, cancellationToken);
        var (candidate, booked) = await CandidateAsync(db, creatorId, registration.Id, now, cancellationToken);
        if (SampleEligibility.Check(candidate, policy, registration.SampleQuota, booked) is { Count: > 0 } blocks)
        {
            throw SampleBlocks.Refusal(blocks[0]);
        }

        var sample = SampleRequest.Ask(
            new SampleAsk(creatorId, campaign.Id, registration.Id, registration.SellerId, market.Code, registration.ProductId,
                registration.Title, sku.SkuId, sku.Name, sku.Price, SampleSource.Tapbridge, campaign.TikTokCampaignId is not null),
            new SampleDelivery(address.Recipient, address.Phone, address.Address, ask.Format, ask.PlannedPostOn),
            now, policy.ReviewTime);
        await SampleQuotas.EnsureAsync(contexts, registration.Id, cancellationToken);
        db.Add(sample);
        try
        {
            await db.InTransactionAsync(async () =>
            {
                Require<SamplesRules>(await SampleQuotas.TryBookAsync(db, registration.Id, cancellationToken), null, "Ask.NoneLeft");
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }, cancellationToken);
        }
        catch (DbUpdateException e) when (DbConflicts.IsConflict(e))
        {
            throw Say<SamplesRules>("Ask.AlreadyAsked", null);
        }

        await notifier.RequestedAsync(sample, cancellationToken);
        return SampleView.Of(sample, registration.ImageUrls.FirstOrDefault(), now, null);
    }

    public async Task<CreatorSamplesView> ListAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var market = await creators.RequireApprovedAsync(actor, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var samples = await db.Set<SampleRequest>().AsNoTracking().Where(s => s.CreatorId == actor.OrganizationId)
            .OrderByDescending(s => s.RequestedAt).Take(200).ToListAsync(cancellationToken);
        var page = await SamplePage.ForAsync(db, samples, cancellationToken);
        var policy = await policies.ForAsync(market, cancellationToken);
        var led = await SampleReturns.OfCreatorsAsync(db, [actor.OrganizationId], cancellationToken);
        return new CreatorSamplesView(samples.Select(s => page.View(s, now, SampleReader.Creator)).ToList(),
            await SampleRecords.OfAsync(db, actor.OrganizationId, now, cancellationToken), policy.MaxOpen, policy.MinFulfilmentPercent,
            led.GetValueOrDefault(actor.OrganizationId)?.For(SampleReader.Creator));
    }

    public async Task<SampleView> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sample = await OwnAsync(db, actor, id, cancellationToken);
        return (await SamplePage.ForAsync(db, [sample], cancellationToken)).View(sample, clock.GetUtcNow(), SampleReader.Creator);
    }

    public Task<SampleView> WithdrawAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(actor, id, (sample, _, now) => sample.Withdraw(now), cancellationToken);

    /// <summary>The creator says the parcel arrived (for samples shipped outside TikTok, where no carrier event tells us).</summary>
    public Task<SampleView> ReceivedAsync(Actor actor, Guid id, CancellationToken cancellationToken) =>
        ChangeAsync(actor, id, (sample, policy, now) =>
        {
            Require<SamplesRules>(!sample.OnTikTok, null, "Deliver.TikTokTracks");
            sample.Deliver(now, policy.ContentTime);
        }, cancellationToken, notifier.DeliveredAsync);

    public Task<SampleView> PostAsync(Actor actor, Guid id, PostForSample post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(post);
        var url = TikTokContentUrl.Parse(post.ContentUrl) ?? throw Say<SamplesRules>("Post.Url", "contentUrl");
        return ChangeAsync(actor, id, (sample, _, now) => sample.Post(url, now), cancellationToken);
    }

    private async Task<SampleView> ChangeAsync(
        Actor actor, Guid id, Action<SampleRequest, SamplePolicy, DateTimeOffset> change, CancellationToken cancellationToken,
        Func<SampleRequest, CancellationToken, Task>? tell = null)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sample = await OwnAsync(db, actor, id, cancellationToken);
        var held = sample.HoldsQuota;
        var now = clock.GetUtcNow();
        change(sample, await policies.ForProductAsync(sample.MarketCode, sample.RegistrationId, cancellationToken), now);
        await db.InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync(cancellationToken);
            if (held && !sample.HoldsQuota)
            {
                await SampleQuotas.ReleaseAsync(db, sample.RegistrationId, cancellationToken);
            }

            return true;
        }, cancellationToken);
        if (tell is not null)
        {
            await tell(sample, cancellationToken);
        }

        return (await SamplePage.ForAsync(db, [sample], cancellationToken)).View(sample, now, SampleReader.Creator);
    }

    private static async Task<SampleRequest> OwnAsync(TapbridgeDbContext db, Actor actor, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return await db.Set<SampleRequest>().SingleOrDefaultAsync(s => s.Id == id && s.CreatorId == actor.OrganizationId, cancellationToken)
            ?? throw new NotFoundException("Sample");
    }

    private static async Task<(SampleCandidate Candidate, int Booked)> CandidateAsync(
        TapbridgeDbContext db, Guid creatorId, Guid registrationId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var creator = await db.Set<Creator>().AsNoTracking()
            .Where(c => c.Id == creatorId)
            .Select(c => new { c.FollowerCount, c.Tier })
            .SingleAsync(cancellationToken);
        var open = await db.Set<SampleRequest>().AsNoTracking()
            .Where(s => s.CreatorId == creatorId && s.RegistrationId == registrationId)
            .Where(s => SampleRequest.OpenStages.Contains(s.Stage))
            .Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
        var booked = (await SampleQuotas.BookedAsync(db, [registrationId], cancellationToken)).GetValueOrDefault(registrationId);
        var record = await SampleRecords.OfAsync(db, creatorId, now, cancellationToken);
        return (new SampleCandidate(creator.FollowerCount, creator.Tier, record, open), booked);
    }

    /// <summary>The last day a post can be planned: within <see cref="PlanDays"/>, and while the campaign runs.</summary>
    private static DateOnly LastPostDay(Market market, Campaign campaign, DateTimeOffset now)
    {
        var planned = DateOnly.FromDateTime(market.ToLocal(now).DateTime).AddDays(PlanDays);
        var ends = DateOnly.FromDateTime(market.ToLocal(campaign.CampaignEnd).DateTime);
        return planned < ends ? planned : ends;
    }

    private async Task<(Registration Registration, Campaign Campaign)> OnOfferAsync(
        TapbridgeDbContext db, string market, Guid productId, CancellationToken cancellationToken)
    {
        var live = await LiveProducts.QueryAsync(db, market, null, clock.GetUtcNow(), cancellationToken);
        var registration = await live.Where(r => r.Status == RegistrationStatus.Approved)
            .SingleOrDefaultAsync(r => r.Id == productId, cancellationToken)
            ?? throw new NotFoundException("Product");
        return (registration, await db.Set<Campaign>().AsNoTracking().SingleAsync(c => c.Id == registration.CampaignId, cancellationToken));
    }
}
