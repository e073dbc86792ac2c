using Tapbridge.Platform;
using Tapbridge.Platform.Security;

namespace Tapbridge.Modules.Connections.Connect;

/// <summary>
/// The `state` of one TikTok consent round trip: single use, 15 minutes, bound to the person who started it (an admin
/// connecting the agency, a creator authorizing their own account, then <see cref="CreatorId"/> is set, or a seller
/// authorizing their shops, then <see cref="SellerId"/> is).
/// Stored in the database (as a hash), so the callback may land on any instance.
/// </summary>
internal sealed class ConnectionAttempt
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private ConnectionAttempt()
    {
    }

    public Guid Id { get; private set; }
    public string StateHash { get; private set; } = "";
    public Guid StartedBy { get; private set; }
    public Guid? CreatorId { get; private set; }
    public Guid? SellerId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }

    public static (ConnectionAttempt Attempt, string State) Start(Guid by, DateTimeOffset now, Guid? creatorId = null, Guid? sellerId = null)
    {
        var state = OpaqueToken.New();
        return (new ConnectionAttempt { Id = Guid.CreateVersion7(now), StateHash = HashOf(state), StartedBy = by, CreatorId = creatorId, SellerId = sellerId, CreatedAt = now }, state);
    }

    public static string HashOf(string state) => OpaqueToken.Hash(state);

    public void Complete(Guid by, DateTimeOffset now)
    {
        if (CompletedAt is not null)
        {
            throw RuleViolationException.Say<ConnectionsRules>("Consent.AlreadyUsed", null);
        }

        if (now - CreatedAt > Lifetime)
        {
            throw RuleViolationException.Say<ConnectionsRules>("Consent.TooSlow", null);
        }

        if (by != StartedBy)
        {
            throw RuleViolationException.Say<ConnectionsRules>("Consent.OtherPerson", null);
        }

        CompletedAt = now;
    }
}
