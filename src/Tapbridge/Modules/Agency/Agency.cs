using Tapbridge.Platform;
using Tapbridge.Platform.Markets;

namespace Tapbridge.Modules.Agency;

/// <summary>The TAP agency running this installation. There is exactly one; staff belong to it.</summary>
public sealed class Agency
{
    /// <summary>Fixed, so two instances starting at once on an empty database cannot create two agencies.</summary>
    public static readonly Guid InstallationId = new("7a9b0000-0000-4000-8000-000000000001");

    private readonly List<AgencyMarket> markets = [];

    private Agency()
    {
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public IReadOnlyList<AgencyMarket> Markets => markets;

    public static Agency Create(string name, IEnumerable<string> marketCodes, DateTimeOffset now)
    {
        var agency = new Agency { Id = InstallationId, CreatedAt = now };
        agency.Rename(name);
        foreach (var code in marketCodes)
        {
            agency.EnableMarket(code, now);
        }

        return agency;
    }

    public void Rename(string name)
    {
        name = name.Trim();
        if (name.Length is < 2 or > 100)
        {
            throw RuleViolationException.Say<AgencyRules>("Agency.NameLength", "name");
        }

        Name = name;
    }

    public void EnableMarket(string code, DateTimeOffset now)
    {
        var market = Market.Get(code);
        if (markets.All(m => m.MarketCode != market.Code))
        {
            markets.Add(new AgencyMarket(Id, market.Code, now));
        }
    }
}

/// <summary>A market the agency works in; sellers' shops and creators must be in one of them.</summary>
public sealed record AgencyMarket(Guid AgencyId, string MarketCode, DateTimeOffset EnabledAt)
{
    public Market Market => Market.Get(MarketCode);
}
