using Microsoft.EntityFrameworkCore;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.TikTokShop;
using Tapbridge.TikTokShop.Auth;

namespace Tapbridge.Modules.Connections.Connect;

/// <summary>
/// The consent round trip every TikTok authorization takes — the agency's (partner), a seller's and a creator's: a stored
/// attempt whose state TikTok hands back, checked once, and the code traded for a token of the kind asked for. What is
/// kept of the token is each kind's own (<see cref="PartnerConnection"/>, <see cref="SellerTikTok"/>, <see cref="CreatorTikTok"/>).
/// </summary>
public sealed class TikTokConsent(IDbContextFactory<TapbridgeDbContext> contexts, TikTokClients clients, TimeProvider clock)
{
    /// <summary>Records the attempt (a seller's or creator's for their organization) and returns TikTok's consent page.</summary>
    public async Task<Uri> StartAsync(Actor actor, TikTokUserType kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var client = await clients.GetAsync(cancellationToken);
        var (attempt, state) = ConnectionAttempt.Start(actor.UserId, clock.GetUtcNow(),
            creatorId: kind == TikTokUserType.Creator ? actor.OrganizationId : null, sellerId: kind == TikTokUserType.Seller ? actor.OrganizationId : null);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Add(attempt);
        await db.SaveChangesAsync(cancellationToken);
        return client.Auth.ConsentUrl(kind, state);
    }

    /// <summary>Who started the round trip with this state (TikTok sends every consent of the app to one address); null when none did.</summary>
    public async Task<TikTokUserType?> KindOfAsync(string? state, CancellationToken cancellationToken)
    {
        var hash = ConnectionAttempt.HashOf(state ?? "");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var attempt = await db.Set<ConnectionAttempt>().AsNoTracking().Where(a => a.StateHash == hash)
            .Select(a => new { a.CreatorId, a.SellerId }).SingleOrDefaultAsync(cancellationToken);
        return attempt switch
        {
            null => null,
            { CreatorId: not null } => TikTokUserType.Creator,
            { SellerId: not null } => TikTokUserType.Seller,
            _ => TikTokUserType.Partner,
        };
    }

    /// <summary>
    /// TikTok's redirect back: the reply checked, the attempt (started by this organization, for a seller or creator)
    /// used up, and the code traded for a token, which must be of <paramref name="kind"/>.
    /// </summary>
    public async Task<(TikTokShopClient Client, TikTokShopToken Token)> CompleteAsync(
        Actor actor, TikTokUserType kind, ConsentReply reply, ConsentWords words, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(words);
        if (reply.Error is not null || string.IsNullOrEmpty(reply.Code) || reply.Code == "null")
        {
            throw RuleViolationException.Say<ConnectionsRules>(reply.Error == "auth_denied" ? "Consent.Declined" : "Consent.NoCode", "consent");
        }

        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var hash = ConnectionAttempt.HashOf(reply.State ?? "");
            var owner = kind == TikTokUserType.Partner ? (Guid?)null : actor.OrganizationId;
            var attempt = await db.Set<ConnectionAttempt>()
                .SingleOrDefaultAsync(a => a.StateHash == hash && (kind == TikTokUserType.Creator ? a.CreatorId == owner : a.CreatorId == null)
                    && (kind == TikTokUserType.Seller ? a.SellerId == owner : a.SellerId == null), cancellationToken)
                ?? throw RuleViolationException.Say<ConnectionsRules>(words.NotStartedHere, "consent");
            attempt.Complete(actor.UserId, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        var client = await clients.GetAsync(cancellationToken);
        var token = await client.Auth.ExchangeCodeAsync(reply.Code, cancellationToken);
        return token.UserType == kind ? (client, token) : throw RuleViolationException.Say<ConnectionsRules>(words.WrongAccount, "tiktok");
    }
}

/// <summary>
/// What each kind of consent tells the person, as keys of ConnectionsRules: that the round trip did not start here (and
/// where to start it again), and what to do when the wrong kind of account consented.
/// </summary>
public sealed record ConsentWords(string NotStartedHere, string WrongAccount);
