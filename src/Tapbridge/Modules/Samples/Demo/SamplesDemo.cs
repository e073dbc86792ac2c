using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Creators;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Demo;
using Tapbridge.TikTokShop.Partner;

namespace Tapbridge.Modules.Samples.Demo;

/// <summary>
/// Samples in every stage across VN, PH and TH, made weeks ago and moved along as TikTok would have moved them.
/// Creators differ on purpose: some always post, some never do, the rest sometimes, so their records (and who gets
/// the next sample) differ visibly. A few requests wait for review, one of them past the deadline.
/// </summary>
internal sealed class SamplesDemo(TapbridgeDbContext db, TimeProvider clock) : IDemoSeeder
{
    private static readonly string[] Streets =
    [
        "12 Nguyễn Huệ, Phường Bến Nghé\nQuận 1, TP. Hồ Chí Minh",
        "Unit 5B, 88 Jupiter Street\nBel-Air, Makati City 1209",
        "99/1 ซอยสุขุมวิท 24\nแขวงคลองตัน เขตคลองเตย กรุงเทพฯ 10110",
    ];

    private static readonly string[] Markets = ["VN", "PH", "TH"];

    public int Order => 520;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<SampleRequest>().AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var (market, m) in Markets.Select((x, i) => (x, i)))
        {
            var creators = await db.Set<Creator>().AsNoTracking().Where(c => c.MarketCode == market && c.Status == CreatorStatus.Approved)
                .OrderByDescending(c => c.FollowerCount).Take(8).ToListAsync(cancellationToken);
            var products = await (await LiveProducts.QueryAsync(db, market, null, now, cancellationToken))
                .Where(r => r.Status == RegistrationStatus.Approved && r.SampleQuota > 0)
                .OrderBy(r => r.ProductId).Take(8).ToListAsync(cancellationToken);
            var campaigns = await db.Set<Campaign>().AsNoTracking()
                .Where(c => c.MarketCode == market)
                .ToDictionaryAsync(c => c.Id, cancellationToken);
            var taken = products.ToDictionary(p => p.Id, _ => 0);
            foreach (var (creator, c) in creators.Select((x, i) => (x, i)))
            {
                var address = SampleAddress.For(creator.Id);
                address.Keep(creator.DisplayName, $"+{(market == "VN" ? "84" : market == "PH" ? "63" : "66")}9{c:00}555{m}{c}12",
                    Streets[m], now.AddDays(-60));
                db.Add(address);
                var persona = (Persona)(c % 4);
                var plans = PlansFor(persona, c);
                for (var k = 0; k < plans.Count && k < products.Count; k++)
                {
                    var product = products[(c + k) % products.Count];
                    if (taken[product.Id] >= product.SampleQuota)
                    {
                        continue;
                    }

                    var sample = Make(product, campaigns[product.CampaignId], creator, address, plans[k], persona, c, now);
                    db.Add(sample);
                    taken[product.Id] += sample.HoldsQuota ? 1 : 0;
                }
            }

            if (products.Count > 1)
            {
                // One product per market asks more of creators than its market, so product rules show on their pages.
                var own = SampleProductRules.For(products[^1].Id, market);
                own.Change(new SampleProductTerms(10_000, CreatorTier.Silver, 80, 10), "Demo", now.AddDays(-30));
                db.Add(own);
            }

            foreach (var (registrationId, booked) in taken.Where(t => t.Value > 0))
            {
                db.Add(SampleQuotaUse.For(registrationId));
                await db.SaveChangesAsync(cancellationToken);
                await db.Set<SampleQuotaUse>().Where(q => q.RegistrationId == registrationId)
                    .ExecuteUpdateAsync(s => s.SetProperty(q => q.Booked, booked), cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private enum Persona
    {
        AlwaysPosts,
        NeverPosts,
        Sometimes,
        New,
    }

    /// <summary>
    /// When each of a creator's samples was asked for (days ago) and how far it got, oldest first: two finished, one
    /// with the creator, and one more under way. A new creator has only the last. Two open each, under the limit of three.
    /// </summary>
    private static List<(double DaysAgo, SampleStage Reaches)> PlansFor(Persona persona, int c)
    {
        (double, SampleStage)[] latest = [(4, SampleStage.Shipped), (1.5, SampleStage.AwaitingShipment), (0.2, SampleStage.Requested)];
        return persona == Persona.New
            ? [latest[c % 3]]
            : [(52, SampleStage.Completed), (33, SampleStage.Completed), (12, SampleStage.ContentDue), latest[c % 3]];
    }

    private static SampleRequest Make(
        Registration product, Campaign campaign, Creator creator, SampleAddress address, (double DaysAgo, SampleStage Reaches) plan,
        Persona persona, int c, DateTimeOffset now)
    {
        // The newest requests wait for review; the third creator's has waited past the 72-hour deadline.
        var asked = plan.Reaches == SampleStage.Requested && c == 2 ? now.AddHours(-80) : now.AddDays(-plan.DaysAgo).AddHours(-c);
        var sku = product.Skus[c % product.Skus.Count];
        var onTikTok = campaign.TikTokCampaignId is not null;
        var sample = SampleRequest.Ask(
            new SampleAsk(creator.Id, campaign.Id, product.Id, product.SellerId, product.MarketCode, product.ProductId, product.Title,
                sku.SkuId, sku.Name, sku.Price, c % 3 == 2 ? SampleSource.TikTok : SampleSource.Tapbridge, onTikTok),
            new SampleDelivery(address.Recipient, address.Phone, address.Address, c % 2 == 0 ? ContentFormat.Video : ContentFormat.Live,
                DateOnly.FromDateTime(asked.AddDays(9).UtcDateTime)),
            asked, TimeSpan.FromHours(72));
        var reaches = plan.Reaches;
        if (reaches == SampleStage.Requested)
        {
            return sample;
        }

        if (persona == Persona.Sometimes && plan.DaysAgo is > 30 and < 40)
        {
            sample.Reject("Demo reviewer", SampleRejectReason.NotAMatch, null, asked.AddHours(20));
            return sample;
        }

        Decide(sample, asked.AddHours(6 + c), onTikTok);
        if (reaches == SampleStage.AwaitingShipment)
        {
            return sample;
        }

        var shipped = asked.AddDays(1.2);
        var delivered = asked.AddDays(3.5);
        Move(sample, FreeSampleStatus.Shipped, shipped, null, onTikTok,
            s => s.Ship("Sandbox Express", $"SBX{c:00}{(long)plan.DaysAgo:000}77", 3_000, shipped));
        if (reaches == SampleStage.Shipped)
        {
            return sample;
        }

        Move(sample, FreeSampleStatus.ContentPending, delivered, delivered, onTikTok, s => s.Deliver(delivered, TimeSpan.FromDays(14)));
        var posts = reaches == SampleStage.Completed && persona != Persona.NeverPosts
            && !(persona == Persona.Sometimes && plan.DaysAgo < 40);
        if (posts)
        {
            var posted = delivered.AddDays(2 + c % 5);
            Move(sample, FreeSampleStatus.Completed, posted, delivered, onTikTok,
                s => s.Post(new Uri($"https://www.tiktok.com/@{creator.Handle}/video/74{c:00}{(long)plan.DaysAgo:000}1234567890"), posted));
        }

        return sample;
    }

    /// <summary>Approved here; for a TikTok campaign the agency also ordered it in Partner Center and the sync saw it.</summary>
    private static void Decide(SampleRequest sample, DateTimeOffset at, bool onTikTok)
    {
        sample.Approve("Demo reviewer", at);
        if (onTikTok)
        {
            sample.SeenOnTikTok(FreeSampleStatus.AwaitingShipment, null, at.AddHours(1), TimeSpan.FromDays(14));
        }
    }

    /// <summary>A step as TikTok reports it (TikTok campaigns) or as the seller and creator record it here (the others).</summary>
    private static void Move(
        SampleRequest sample, FreeSampleStatus status, DateTimeOffset at, DateTimeOffset? delivered, bool onTikTok,
        Action<SampleRequest> here)
    {
        if (onTikTok)
        {
            sample.SeenOnTikTok(status, new TikTokShipment("Sandbox Express", null, sample.ShippedAt ?? at, delivered), at,
                TimeSpan.FromDays(14));
        }
        else
        {
            here(sample);
        }
    }
}
