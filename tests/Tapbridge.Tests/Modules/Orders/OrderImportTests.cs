using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Tapbridge.Modules.Commissions.Earnings;
using Tapbridge.Modules.Orders;
using Tapbridge.Modules.Orders.Import;
using Tapbridge.Modules.Orders.Matching;
using Tapbridge.Platform.Auth;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Orders;

/// <summary>Finance uploads Partner Center's earnings export through the API; staff assign what matched no creator; the creator then sees it explained.</summary>
public abstract class OrderImportTests(TapbridgeApp fixture) : AppTests(fixture)
{
    [Fact]
    public async Task An_upload_keeps_the_good_rows_reports_the_bad_ones_and_the_same_file_again_changes_nothing()
    {
        var finance = App.WithToken(await (await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance))).IssueTokenAsync());
        var orderId = $"58{Random.Shared.NextInt64(10_000_000_000_000_000, 99_999_999_999_999_999)}"[..18];
        var good = EarningsCsvTests.Good.Replace("578123456789012345", orderId, StringComparison.Ordinal).Replace("@maria.glowup", "@maria_glow_up", StringComparison.Ordinal);
        var bytes = EarningsCsvTests.Utf8(EarningsCsvTests.Header, good, good.Replace(",2,Completed", ",-1,Completed", StringComparison.Ordinal));

        var first = await UploadAsync(finance, bytes);
        first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        var result = (await first.Content.ReadFromJsonAsync<OrderImportView>())!;
        (result.Rows, result.New, result.Failed).ShouldBe((2, 1, 1));
        result.Errors.Single().ShouldBe(new CsvRowError(3, "quantity", "\"-1\" is not a quantity."));

        var impossible = good.Replace(orderId, orderId[..^1] + "9", StringComparison.Ordinal).Replace(",2,Completed", ",1,Completed", StringComparison.Ordinal).Replace(",1,2026-11-03", ",3,2026-11-03", StringComparison.Ordinal);
        var refused = (await (await UploadAsync(finance, EarningsCsvTests.Utf8(EarningsCsvTests.Header, impossible))).Content.ReadFromJsonAsync<OrderImportView>())!;
        refused.Errors.Single().Row.ShouldBe(2, "a line the rules refuse is reported by its row too");

        var again = await UploadAsync(finance, bytes);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadFromJsonAsync<OrderImportView>())!.DuplicateOf.ShouldBe(result.Id);
        (await finance.GetFromJsonAsync<OrderLinePage>($"/api/v1/agency/orders?search={orderId}"))!.Total.ShouldBe(1);
    }

    [Fact]
    public async Task A_line_no_creator_matched_is_assigned_by_staff_and_then_explained_to_that_creator_only()
    {
        var finance = App.WithToken(await (await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance))).IssueTokenAsync());
        var handle = $"glow_{Guid.NewGuid():N}"[..14];
        var creator = App.WithToken(await (await App.SignUpApprovedCreatorAsync("PH", 30_000, handle)).IssueTokenAsync());
        var stranger = await App.SignUpApprovedCreatorAsync("PH");
        var orderId = $"59{Random.Shared.NextInt64(10_000_000_000_000_000, 99_999_999_999_999_999)}"[..18];
        var typo = handle.Replace("_", ".", StringComparison.Ordinal);
        var row = EarningsCsvTests.Good.Replace("578123456789012345", orderId, StringComparison.Ordinal).Replace("@maria.glowup", "@" + typo, StringComparison.Ordinal);
        (await UploadAsync(finance, EarningsCsvTests.Utf8(EarningsCsvTests.Header, row))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var unmatched = (await finance.GetFromJsonAsync<List<UnmatchedLineView>>("/api/v1/agency/orders/unmatched?market=PH"))!.Single(l => l.OrderId == orderId);
        var suggestion = unmatched.Suggestions.First();
        suggestion.Handle.ShouldBe(handle);
        (await finance.PostAsJsonAsync($"/api/v1/agency/orders/{unmatched.Id}/assign", new { creatorId = suggestion.CreatorId })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var page = (await creator.GetFromJsonAsync<EarningsPage>("/api/v1/creator/earnings/lines"))!;
        var mine = page.Items.Single(l => l.OrderId == orderId);
        var explained = (await creator.GetFromJsonAsync<LineExplanation>($"/api/v1/creator/earnings/lines/{mine.LineId}"))!;
        explained.Attribution.ShouldBe(Attribution.Staff);
        explained.CreatorUsername.ShouldBeEmpty("whose username TikTok reported is the agency's business");
        explained.History.ShouldContain(h => h.By == "Agency staff");
        explained.Entries.SelectMany(e => e.Legs).ShouldAllBe(l => l.CreatorId == null);
        explained.History.Select(h => h.Summary).ShouldContain(s => s.StartsWith($"Assigned to @{handle}", StringComparison.Ordinal));
        explained.TikTokPaysCreator.ShouldBe(2_994);
        explained.TikTokPaysAgency.ShouldBe(9_980 - 2_994);
        explained.AgencyPaysCreator.ShouldBe((long)Math.Round((9_980 - 2_994) * 0.10m, MidpointRounding.AwayFromZero), "a Newbie's default share is 10 % of the agency's commission");
        (await stranger.GetAsync($"/api/v1/creator/earnings/lines/{mine.LineId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await creator.GetStringAsync("/api/v1/creator/earnings/export.csv")).ShouldContain(orderId);
    }

    [Fact]
    public async Task A_line_is_never_attributed_to_a_creator_who_is_not_approved_even_with_the_exact_handle()
    {
        var finance = App.WithToken(await (await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance))).IssueTokenAsync());
        var (pending, _, handle) = await App.SignUpCreatorAsync("PH");
        var orderId = $"57{Random.Shared.NextInt64(10_000_000_000_000_000, 99_999_999_999_999_999)}"[..18];
        var row = EarningsCsvTests.Good.Replace("578123456789012345", orderId, StringComparison.Ordinal).Replace("@maria.glowup", "@" + handle, StringComparison.Ordinal);
        (await UploadAsync(finance, EarningsCsvTests.Utf8(EarningsCsvTests.Header, row))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await finance.GetFromJsonAsync<List<UnmatchedLineView>>("/api/v1/agency/orders/unmatched?market=PH"))!.ShouldContain(l => l.OrderId == orderId);
        (await pending.GetFromJsonAsync<EarningsPage>("/api/v1/creator/earnings/lines"))!.Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_amount_too_large_for_any_payment_is_a_row_error_and_the_good_rows_are_kept()
    {
        var finance = App.WithToken(await (await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance))).IssueTokenAsync());
        var orderId = $"57{Random.Shared.NextInt64(10_000_000_000_000_000, 99_999_999_999_999_999)}"[..18];
        var good = EarningsCsvTests.Good.Replace("578123456789012345", orderId, StringComparison.Ordinal);
        var huge = good.Replace("1729000000000000001", "1729000000000000002", StringComparison.Ordinal)
            .Replace(",499.00,2,", ",99999999999999999999999,2,", StringComparison.Ordinal);
        var absurd = good.Replace("1729000000000000001", "1729000000000000003", StringComparison.Ordinal)
            .Replace(",998.00,", ",1e30,", StringComparison.Ordinal);

        var response = await UploadAsync(finance, EarningsCsvTests.Utf8(EarningsCsvTests.Header, good, huge, absurd));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var result = (await response.Content.ReadFromJsonAsync<OrderImportView>())!;
        (result.Rows, result.New, result.Failed).ShouldBe((3, 1, 2));
        result.Errors.Select(e => e.Row).ShouldBe([3, 4]);
        result.Errors[0].Message.ShouldContain("the largest amount");
        (await finance.GetFromJsonAsync<OrderLinePage>($"/api/v1/agency/orders?search={orderId}"))!.Total.ShouldBe(1);
    }

    [Fact]
    public async Task The_upload_endpoint_refuses_a_browser_cookie_so_a_cross_site_form_cannot_post_to_it()
    {
        var finance = await App.SignInAsync(await App.CreateStaffAsync(Roles.Finance));
        var response = await UploadAsync(finance, EarningsCsvTests.Utf8(EarningsCsvTests.Header, EarningsCsvTests.Good));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("API token");
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent("PH"), "market");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "earnings.csv");
        return await client.PostAsync("/api/v1/agency/orders/imports", form);
    }
}

public sealed class OrderImportTestsOnSqlite(SqliteApp app) : OrderImportTests(app), IClassFixture<SqliteApp>;

public sealed class OrderImportTestsOnPostgres(PostgresApp app) : OrderImportTests(app), IClassFixture<PostgresApp>;
