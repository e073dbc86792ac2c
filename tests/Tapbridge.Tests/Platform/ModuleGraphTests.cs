using System.Reflection;
using Microsoft.AspNetCore.Components;
using NetArchTest.Rules;
using Tapbridge.TikTokShop;

namespace Tapbridge.Tests.Platform;

/// <summary>
/// The direction of the house (docs/architecture.md): modules use each other one way only, money flows from Orders to
/// Commissions to Payouts, portals compose modules and nothing composes portals, pages live in portals, the TikTok Shop
/// client knows nothing of the product, and only demo code starts the sandbox. The graph is read from the compiled
/// product, so a page's markup, a component's <c>@using</c> and a type named without a <c>using</c> all count.
/// </summary>
public sealed class ModuleGraphTests
{
    private static readonly Assembly Product = typeof(Program).Assembly;
    private static readonly Lazy<Dictionary<(string From, string To), IReadOnlyList<string>>> Graph = new(Uses);

    public static TheoryData<string, string> ForbiddenPairs() => new()
    {
        { "Commissions", "Payouts" },
        { "Showcase", "Commissions" },
        { "Orders", "Commissions" },
    };

    [Fact]
    public void Modules_use_each_other_one_way_only()
    {
        var cycle = Cycle(Graph.Value.Keys);

        cycle.ShouldBeEmpty($"{string.Join(" -> ", cycle)}: {string.Join("; ", Pairs(cycle).Select(p => $"{p}: {string.Join(", ", Graph.Value[p])}"))}");
    }

    [Theory]
    [MemberData(nameof(ForbiddenPairs))]
    public void A_module_never_uses_one_that_money_reaches_after_it(string from, string to)
    {
        Graph.Value.GetValueOrDefault((from, to)).ShouldBeNull($"{from} must not use {to}");
    }

    [Fact]
    public void No_module_and_not_the_platform_use_a_portal()
    {
        var result = ProductTypes().That().ResideInNamespaceStartingWith("Tapbridge.Modules").Or().ResideInNamespaceStartingWith("Tapbridge.Platform")
            .ShouldNot().HaveDependencyOn("Tapbridge.Portals").GetResult();

        (result.FailingTypeNames ?? []).ShouldBeEmpty();
    }

    [Fact]
    public void Pages_live_in_portals()
    {
        var pages = Product.GetTypes().Where(t => t.GetCustomAttributes<RouteAttribute>().Any()).ToList();

        pages.ShouldNotBeEmpty();
        pages.Where(t => t.Namespace?.StartsWith("Tapbridge.Modules", StringComparison.Ordinal) == true).Select(t => t.FullName)
            .ShouldBeEmpty("a module keeps components that show its own data; its pages belong to a portal");
    }

    [Fact]
    public void The_TikTok_Shop_client_knows_nothing_of_the_product()
    {
        var client = typeof(TikTokShopClient).Assembly;

        client.GetReferencedAssemblies().Select(a => a.Name).ShouldNotContain(Product.GetName().Name);
        var result = Types.InAssembly(client).ShouldNot()
            .HaveDependencyOnAny("Tapbridge.Modules", "Tapbridge.Platform", "Tapbridge.Portals", "TikTokShopSandbox").GetResult();
        (result.FailingTypeNames ?? []).ShouldBeEmpty();
    }

    [Fact]
    public void Only_demo_code_uses_the_sandbox()
    {
        var demo = Product.GetTypes().Select(t => t.Namespace).OfType<string>().Where(ns => ns.EndsWith(".Demo", StringComparison.Ordinal)).Distinct().ToArray();

        var result = ProductTypes().That().DoNotResideInNamespaceMatching(string.Join('|', demo.Select(ns => $"^{ns.Replace(".", "\\.", StringComparison.Ordinal)}$")))
            .ShouldNot().HaveDependencyOn("TikTokShopSandbox").GetResult();

        demo.ShouldNotBeEmpty();
        (result.FailingTypeNames ?? []).ShouldBeEmpty();
    }

    [Fact]
    public void The_cycle_check_finds_a_two_way_pair_and_a_longer_loop()
    {
        Cycle([("Orders", "Commissions"), ("Commissions", "Payouts")]).ShouldBeEmpty();
        Cycle([("Agency", "Creators"), ("Creators", "Agency")]).ShouldBe(["Agency", "Creators", "Agency"]);
        Cycle([("Campaigns", "Sellers"), ("Sellers", "Agency"), ("Agency", "Campaigns"), ("Orders", "Agency")]).Count.ShouldBe(4);
    }

    [Fact]
    public void The_graph_sees_the_dependencies_the_money_flow_needs()
    {
        Graph.Value.Keys.ShouldContain(("Payouts", "Commissions"), "payouts read the ledger");
        Graph.Value.Keys.ShouldContain(("Commissions", "Orders"), "commissions read order lines");
    }

    private static Types ProductTypes() => Types.InAssembly(Product);

    /// <summary>Module → module uses, each with the types that make it.</summary>
    private static Dictionary<(string From, string To), IReadOnlyList<string>> Uses()
    {
        var modules = Product.GetTypes().Select(t => t.Namespace).OfType<string>().Where(ns => ns.StartsWith("Tapbridge.Modules.", StringComparison.Ordinal))
            .Select(ns => ns.Split('.')[2]).Distinct().ToList();
        var types = ProductTypes();
        var uses = new Dictionary<(string, string), IReadOnlyList<string>>();
        foreach (var from in modules)
        {
            foreach (var to in modules.Where(m => m != from))
            {
                // No module's name begins another's, so the names select exactly one module.
                var result = types.That().ResideInNamespaceStartingWith($"Tapbridge.Modules.{from}")
                    .ShouldNot().HaveDependencyOn($"Tapbridge.Modules.{to}").GetResult();
                var users = result.FailingTypeNames ?? [];
                if (users.Count > 0)
                {
                    uses[(from, to)] = users;
                }
            }
        }

        return uses;
    }

    /// <summary>One cycle of the graph (first node repeated at the end), or none.</summary>
    internal static List<string> Cycle(IReadOnlyCollection<(string From, string To)> edges)
    {
        var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).Order(StringComparer.Ordinal).ToList());
        var done = new HashSet<string>();
        foreach (var start in next.Keys.Order(StringComparer.Ordinal))
        {
            var path = new List<string>();
            if (Walk(start, next, path, done) is { } cycle)
            {
                return cycle;
            }
        }

        return [];
    }

    private static List<string>? Walk(string node, Dictionary<string, List<string>> next, List<string> path, HashSet<string> done)
    {
        if (path.IndexOf(node) is var at and >= 0)
        {
            return [.. path[at..], node];
        }

        if (!done.Add(node))
        {
            return null;
        }

        path.Add(node);
        foreach (var to in next.GetValueOrDefault(node) ?? [])
        {
            if (Walk(to, next, path, done) is { } cycle)
            {
                return cycle;
            }
        }

        path.RemoveAt(path.Count - 1);
        return null;
    }

    private static IEnumerable<(string, string)> Pairs(List<string> cycle) => cycle.Zip(cycle.Skip(1));
}
