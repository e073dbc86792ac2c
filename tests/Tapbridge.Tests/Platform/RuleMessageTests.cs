using System.Collections;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Resources;
using System.Text.RegularExpressions;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Tapbridge.Modules.Commissions;
using Tapbridge.Modules.Payouts;
using Tapbridge.Modules.Sellers;
using Tapbridge.Platform;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Localization;
using Tapbridge.Platform.Markets;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Platform;

/// <summary>
/// A rule's refusal speaks the reader's language (their numbers, money and dates too) and keeps its English for what
/// is stored and logged; every key a rule names is a text of its area.
/// </summary>
public sealed partial class RuleMessageTests
{
    [Fact]
    public void A_rule_raised_for_a_Vietnamese_reader_is_Vietnamese_and_keeps_its_English()
    {
        RuleViolationException refusal;
        using (new LanguageScope(Language.Vietnamese))
        {
            refusal = Should.Throw<RuleViolationException>(() => Market.Get("XX"));
        }

        refusal.Message.ShouldBe("'XX' không phải là thị trường Tapbridge hỗ trợ (VN, PH, TH, ID, MY, SG, US).");
        refusal.English.ShouldBe("'XX' is not a market Tapbridge supports (VN, PH, TH, ID, MY, SG, US).");
        refusal.Field.ShouldBe("market");
    }

    [Fact]
    public void An_English_reader_reads_the_English()
    {
        using var english = new LanguageScope(Language.English);

        var refusal = RuleViolationException.Say<SellersRules>("Shop.AlreadyListed", "shopCode", "VNLC2B8XYZ");

        (refusal.Message, refusal.English).ShouldBe(("The shop VNLC2B8XYZ is already listed.", "The shop VNLC2B8XYZ is already listed."));
    }

    [Fact]
    public void Numbers_money_and_dates_are_the_reader_s_in_the_message_and_invariant_in_the_English()
    {
        RuleViolationException threshold, adjustment, batch;
        using (new LanguageScope(Language.Vietnamese))
        {
            threshold = RuleViolationException.Say<CommissionsRules>("Bonus.ThresholdRange", "threshold", 10_000);
            adjustment = RuleViolationException.Say<CommissionsRules>("Adjustment.TooLarge", "amount", Market.Vietnam.Money(Market.Vietnam.MaxAmount), "VND", 0);
            batch = RuleViolationException.Say<PayoutsRules>("Batch.NothingPayable", null, Market.Vietnam.Name, new DateOnly(2026, 12, 7));
        }

        (threshold.Message, threshold.English).ShouldBe(("Ngưỡng là từ 0 đến 10.000 đơn hàng.", "The threshold is 0 to 10,000 orders."));
        adjustment.Message.ShouldStartWith("Mỗi khoản điều chỉnh tối đa ₫100.000.000.000 ");
        adjustment.English.ShouldBe("An adjustment is at most ₫100,000,000,000 either way (the amount is in minor units: VND has 0 decimals).");
        batch.English.ShouldBe("No creator in Vietnam has a payable balance to pay on 7 Dec 2026.");
        batch.Message.ShouldSatisfyAllConditions(m => m.ShouldStartWith("Không có nhà sáng tạo nào"), m => m.ShouldContain("2026"), m => m.ShouldNotContain("Dec"));
    }

    [Fact]
    public void Joined_refusals_keep_each_language_apart()
    {
        RuleViolationException joined;
        using (new LanguageScope(Language.Thai))
        {
            joined = RuleViolationException.Join(
                [RuleViolationException.Say<CommissionsRules>("Statement.NothingImported", "file"), RuleViolationException.Say<CommissionsRules>("Statement.AndMore", "file", 3)], "file");
        }

        joined.English.ShouldBe("Nothing was imported: … and 3 more.");
        joined.Message.ShouldBe("ยังไม่มีการนำเข้าข้อมูลใด ๆ: … และอีก 3 รายการ");
        joined.Field.ShouldBe("file");
    }

    [Fact]
    public void Text_from_outside_is_the_same_in_every_language()
    {
        var refusal = new RuleViolationException("TikTok says no", "tiktok");

        (refusal.Message, refusal.English, refusal.Field).ShouldBe(("TikTok says no", "TikTok says no", "tiktok"));
    }

    /// <summary>
    /// Read from the IL: a method that raises a rule of an area names only keys ("Area.Thing") that area has, or that
    /// another text area (its page's, its mail's) has.
    /// </summary>
    [Fact]
    public void Every_key_a_rule_names_is_a_text_of_its_area()
    {
        var product = typeof(Program).Assembly;
        using var assembly = AssemblyDefinition.ReadAssembly(product.Location);
        var rule = typeof(RuleViolationException).FullName;
        var texts = new Dictionary<string, HashSet<string>>();
        HashSet<string> KeysOf(string area) => texts.TryGetValue(area, out var keys) ? keys : texts[area] = Keys(area, product);
        var otherTexts = product.GetManifestResourceNames().Where(n => n.EndsWith(".resources", StringComparison.Ordinal) && !n.EndsWith("Rules.resources", StringComparison.Ordinal))
            .SelectMany(n => Keys(n[..^".resources".Length], product)).ToHashSet();
        var checkedKeys = 0;
        var missing = new List<string>();
        foreach (var method in assembly.MainModule.GetTypes().SelectMany(t => t.Methods).Where(m => m.HasBody))
        {
            var areas = method.Body.Instructions
                .Where(i => i.OpCode == OpCodes.Call && i.Operand is GenericInstanceMethod g && g.ElementMethod.DeclaringType.FullName == rule
                    && g.ElementMethod.Name is nameof(RuleViolationException.Say) or nameof(RuleViolationException.Require)
                    && g.GenericArguments[0] is not GenericParameter)
                .Select(i => ((GenericInstanceMethod)i.Operand).GenericArguments[0].FullName)
                .Distinct().ToList();
            if (areas.Count == 0)
            {
                continue;
            }

            foreach (var key in method.Body.Instructions.Where(i => i.OpCode == OpCodes.Ldstr).Select(i => (string)i.Operand).Where(s => Key().IsMatch(s)))
            {
                checkedKeys++;
                if (!areas.Any(a => KeysOf(a).Contains(key)) && !otherTexts.Contains(key))
                {
                    missing.Add($"{method.DeclaringType.Name}.{method.Name}: {key} ({string.Join(", ", areas)})");
                }
            }
        }

        checkedKeys.ShouldBeGreaterThan(200);
        missing.ShouldBeEmpty();
    }

    private static HashSet<string> Keys(string area, System.Reflection.Assembly product) =>
        [.. new ResourceManager(area, product).GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().Select(e => (string)e.Key)];

    [GeneratedRegex(@"^[A-Z][A-Za-z0-9]*(\.[A-Z][A-Za-z0-9]*)+$")]
    private static partial Regex Key();
}

/// <summary>The API answers a refusal in the language the request asks for.</summary>
public abstract class RuleMessageApiTests(TapbridgeApp fixture) : AppTests(fixture)
{
    [Fact]
    public async Task A_refused_request_reads_the_refusal_in_the_language_it_asked_for()
    {
        var manager = await App.SignInAsync(await App.CreateStaffAsync(Roles.AccountManager));
        const string url = "/api/v1/agency/catalogue?market=PH&status=Rejected";

        var english = await manager.GetAsync(url);
        manager.DefaultRequestHeaders.AcceptLanguage.Clear();
        manager.DefaultRequestHeaders.AcceptLanguage.ParseAdd("vi-VN,vi;q=0.9");
        var vietnamese = await manager.GetAsync(url);

        (english.StatusCode, vietnamese.StatusCode).ShouldBe((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest));
        (await english.Content.ReadFromJsonAsync<RefusalProblem>())!.Detail.ShouldBe("The catalogue holds approved products: filter on Approved or PendingClosed.");
        var problem = (await vietnamese.Content.ReadFromJsonAsync<RefusalProblem>())!;
        problem.Detail.ShouldBe("Danh mục sản phẩm chỉ gồm sản phẩm đã duyệt: hãy lọc theo Approved hoặc PendingClosed.");
        problem.Errors["status"].ShouldBe([problem.Detail]);
    }

    private sealed record RefusalProblem(string Detail, Dictionary<string, string[]> Errors);
}

public sealed class RuleMessageApiTestsOnSqlite(SqliteApp app) : RuleMessageApiTests(app), IClassFixture<SqliteApp>;

public sealed class RuleMessageApiTestsOnPostgres(PostgresApp app) : RuleMessageApiTests(app), IClassFixture<PostgresApp>;
