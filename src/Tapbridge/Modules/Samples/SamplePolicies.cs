using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Samples;

/// <summary>Each market's sample rules: TikTok's defaults until the agency changes them.</summary>
internal sealed class SamplePolicies(IDbContextFactory<TapbridgeDbContext> contexts, TimeProvider clock)
{
    public async Task<SamplePolicy> ForAsync(string market, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<SamplePolicy>().AsNoTracking().SingleOrDefaultAsync(p => p.MarketCode == market, cancellationToken)
            ?? SamplePolicy.Default(market);
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
}
