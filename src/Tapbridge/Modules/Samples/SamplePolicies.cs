using Microsoft.EntityFrameworkCore;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Samples;

/// <summary>Each market's sample rules (TikTok's defaults until the agency changes them), and products' own.</summary>
internal sealed class SamplePolicies(IDbContextFactory<TapbridgeDbContext> contexts, TimeProvider clock)
{
    public async Task<SamplePolicy> ForAsync(string market, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await MarketAsync(db, market, cancellationToken);
    }

    /// <summary>The rules a request for one campaign product follows: the market's, with the product's own where it has them.</summary>
    public async Task<SamplePolicy> ForProductAsync(string market, Guid registrationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var own = await db.Set<SampleProductRules>().AsNoTracking()
            .SingleOrDefaultAsync(r => r.RegistrationId == registrationId, cancellationToken);
        return (await MarketAsync(db, market, cancellationToken)).With(own);
    }

    public async Task<SamplePolicyTerms> TermsAsync(string market, CancellationToken cancellationToken) =>
        (await ForAsync(Market.Get(market).Code, cancellationToken)).Terms;

    public async Task<SamplePolicyTerms> ChangeAsync(
        Actor actor, string market, SamplePolicyTerms terms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var code = Market.Get(market).Code;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var policy = await db.Set<SamplePolicy>().SingleOrDefaultAsync(p => p.MarketCode == code, cancellationToken);
        if (policy is null)
        {
            policy = SamplePolicy.Default(code);
            db.Add(policy);
        }

        policy.Change(terms, actor.DisplayName, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return policy.Terms;
    }

    public async Task<SampleProductRulesView> ProductAsync(Guid registrationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var product = await ProductOfAsync(db, registrationId, cancellationToken);
        var own = await db.Set<SampleProductRules>().AsNoTracking()
            .SingleOrDefaultAsync(r => r.RegistrationId == registrationId, cancellationToken);
        return await ViewAsync(db, product, own, cancellationToken);
    }

    /// <summary>Sets a product's own rules; all empty goes back to the market's.</summary>
    public async Task<SampleProductRulesView> ChangeProductAsync(
        Actor actor, Guid registrationId, SampleProductTerms terms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(terms);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var product = await ProductOfAsync(db, registrationId, cancellationToken);
        var own = await db.Set<SampleProductRules>().SingleOrDefaultAsync(r => r.RegistrationId == registrationId, cancellationToken);
        if (terms.FollowsMarket)
        {
            if (own is not null)
            {
                db.Remove(own);
            }

            own = null;
        }
        else
        {
            if (own is null)
            {
                own = SampleProductRules.For(registrationId, product.MarketCode);
                db.Add(own);
            }

            own.Change(terms, actor.DisplayName, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
        return await ViewAsync(db, product, own, cancellationToken);
    }

    /// <summary>The market's products that have rules of their own, newest change first.</summary>
    public async Task<IReadOnlyList<SampleProductRulesView>> ProductsAsync(string market, CancellationToken cancellationToken)
    {
        var code = Market.Get(market).Code;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var marketTerms = (await MarketAsync(db, code, cancellationToken)).Terms;
        var rows = await (from own in db.Set<SampleProductRules>().AsNoTracking()
                          where own.MarketCode == code
                          join registration in db.Set<Registration>() on own.RegistrationId equals registration.Id
                          join campaign in db.Set<Campaign>() on registration.CampaignId equals campaign.Id
                          select new { own, Product = new SampleRulesProduct(registration.Id, code, registration.Title, campaign.Name) })
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.own.ChangedAt)
            .Select(r => new SampleProductRulesView(r.Product, r.own.Terms, marketTerms, r.own.ChangedAt, r.own.ChangedBy))
            .ToList();
    }

    private static async Task<SamplePolicy> MarketAsync(TapbridgeDbContext db, string market, CancellationToken cancellationToken) =>
        await db.Set<SamplePolicy>().AsNoTracking().SingleOrDefaultAsync(p => p.MarketCode == market, cancellationToken)
        ?? SamplePolicy.Default(market);

    private static async Task<SampleRulesProduct> ProductOfAsync(
        TapbridgeDbContext db, Guid registrationId, CancellationToken cancellationToken) =>
        await (from registration in db.Set<Registration>()
               where registration.Id == registrationId
               join campaign in db.Set<Campaign>() on registration.CampaignId equals campaign.Id
               select new SampleRulesProduct(registration.Id, registration.MarketCode, registration.Title, campaign.Name))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Campaign product");

    private static async Task<SampleProductRulesView> ViewAsync(
        TapbridgeDbContext db, SampleRulesProduct product, SampleProductRules? own, CancellationToken cancellationToken) =>
        new(product, own?.Terms ?? new SampleProductTerms(null, null, null, null),
            (await MarketAsync(db, product.MarketCode, cancellationToken)).Terms, own?.ChangedAt, own?.ChangedBy);
}

/// <summary>The campaign product a set of sample rules belongs to.</summary>
internal sealed record SampleRulesProduct(Guid RegistrationId, string MarketCode, string Title, string CampaignName);

/// <summary>A product's own sample rules beside its market's; <see cref="Own"/> all empty: it follows the market's.</summary>
internal sealed record SampleProductRulesView(
    SampleRulesProduct Product, SampleProductTerms Own, SamplePolicyTerms MarketTerms, DateTimeOffset? ChangedAt, string? ChangedBy);
