using System.Reflection;
using NetArchTest.Rules;

namespace Tapbridge.Tests.Platform;

/// <summary>
/// Modules talk to each other only through the public types in a module's root namespace
/// (e.g. Tapbridge.Modules.Sellers.SellerDirectory) and its shared UI components (Tapbridge.Modules.Accounts.Components).
/// Use-case folders, Data and Demo are the module's own; its pages live in Portals (ModuleGraphTests).
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Product = typeof(Program).Assembly;

    public static TheoryData<string> Modules()
    {
        var data = new TheoryData<string>();
        foreach (var module in ModuleNames())
        {
            data.Add(module);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void A_module_does_not_reach_into_another_modules_internals(string module)
    {
        var internals = ModuleNames()
            .Where(m => m != module)
            .SelectMany(m => Product.GetTypes().Select(t => t.Namespace).OfType<string>()
                .Where(ns => ns.StartsWith($"Tapbridge.Modules.{m}.", StringComparison.Ordinal)
                    && !ns.EndsWith(".Components", StringComparison.Ordinal)))
            .Distinct()
            .ToArray();

        var result = Types.InAssembly(Product).That().ResideInNamespaceStartingWith($"Tapbridge.Modules.{module}")
            .ShouldNot().HaveDependencyOnAny(internals).GetResult();

        (result.FailingTypeNames ?? []).ShouldBeEmpty();
    }

    [Fact]
    public void The_platform_knows_no_module()
    {
        var result = Types.InAssembly(Product).That().ResideInNamespaceStartingWith("Tapbridge.Platform")
            .ShouldNot().HaveDependencyOn("Tapbridge.Modules").GetResult();

        (result.FailingTypeNames ?? []).ShouldBeEmpty();
    }

    [Fact]
    public void Modules_are_found()
    {
        ModuleNames().ShouldBe(
            ["Accounts", "Agency", "Campaigns", "Commissions", "Connections", "Creators", "Orders", "Payouts", "Performance", "Samples",
                "Sellers", "Showcase"],
            ignoreOrder: true);
    }

    private static IEnumerable<string> ModuleNames() =>
        Product.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(ns => ns.StartsWith("Tapbridge.Modules.", StringComparison.Ordinal))
            .Select(ns => ns.Split('.')[2])
            .Distinct();
}
