using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Commissions;
using Tapbridge.Modules.Connections;
using Tapbridge.Modules.Orders;
using Tapbridge.Modules.Orders.Ingestion;
using Tapbridge.Modules.Orders.Webhooks;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Tests.Infrastructure;
using Tapbridge.TikTokShop.Webhooks;

namespace Tapbridge.Tests.Modules.Orders;

/// <summary>TikTok's webhooks: signed over the raw bytes, stored before the 200, de-duplicated on the notification id, and a return request holds the order's earnings.</summary>
public abstract class WebhookTests(TapbridgeApp fixture) : AppTests(fixture)
{
    private const string AppKey = "webhook-app";
    private const string AppSecret = "webhook-app-secret";

    [Fact]
    public async Task Only_TikToks_signature_over_the_exact_bytes_is_accepted_and_nothing_is_stored_otherwise()
    {
        await ConfigureAppAsync();
        var body = Body("7000000000000000001", 1, """{"order_id":"579000000000000001","order_status":"DELIVERED","is_on_hold_order":false,"update_time":1764000000}""");
        (await PostAsync(body, signature: null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await PostAsync(body, WebhookSignature.Compute(AppKey, "another-secret", Encoding.UTF8.GetBytes(body)))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await PostAsync(body + " ", WebhookSignature.Compute(AppKey, AppSecret, Encoding.UTF8.GetBytes(body)))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await CountAsync("7000000000000000001")).ShouldBe(0);

        var ok = await PostAsync(body, Sign(body));
        ok.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ok.Content.ReadAsStringAsync()).ShouldBeEmpty();
        (await CountAsync("7000000000000000001")).ShouldBe(1);
    }

    [Fact]
    public async Task A_repeated_notification_is_acknowledged_once_stored_and_the_same_id_with_another_body_is_refused()
    {
        await ConfigureAppAsync();
        var body = Body("7000000000000000002", 1, """{"order_id":"579000000000000002","order_status":"IN_TRANSIT","is_on_hold_order":false,"update_time":1764000000}""");
        (await PostAsync(body, Sign(body))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await PostAsync(body, Sign(body))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CountAsync("7000000000000000002")).ShouldBe(1);

        var other = body.Replace("IN_TRANSIT", "DELIVERED", StringComparison.Ordinal);
        (await PostAsync(other, Sign(other))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        await using var scope = App.Scope();
        (await scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>().Set<WebhookNotification>().SingleAsync(n => n.Id == "7000000000000000002")).Body.ShouldBe(body);
    }

    [Fact]
    public async Task A_signed_notification_whose_order_id_is_not_a_string_is_refused_naming_it_and_nothing_is_stored()
    {
        await ConfigureAppAsync();
        var number = Body("7000000000000000009", 1, """{"order_id":579000000000000009,"order_status":"IN_TRANSIT","update_time":1764000000}""");
        var tooLong = Body("7000000000000000010", 1, $$"""{"order_id":"{{new string('5', 40)}}","order_status":"IN_TRANSIT"}""");

        var refused = await PostAsync(number, Sign(number));
        var refusedToo = await PostAsync(tooLong, Sign(tooLong));

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("order_id");
        refusedToo.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CountAsync("7000000000000000009")).ShouldBe(0);
        (await CountAsync("7000000000000000010")).ShouldBe(0);
    }

    [Fact]
    public async Task A_return_request_holds_the_orders_earnings_until_TikTok_ends_it()
    {
        await ConfigureAppAsync();
        const string orderId = "579000000000000003";
        await IngestAsync(orderId);

        var requested = Body("7000000000000000003", 12, Return(orderId, "RETURN_OR_REFUND_REQUEST_PENDING"));
        (await PostAsync(requested, Sign(requested))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await ProcessAsync();
        (await EarningAsync(orderId)).OpenRequest.ShouldBe("Return requested by the buyer");

        var rejected = Body("7000000000000000004", 12, Return(orderId, "REFUND_OR_RETURN_REQUEST_REJECT"));
        (await PostAsync(rejected, Sign(rejected))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await ProcessAsync();
        (await EarningAsync(orderId)).OpenRequest.ShouldBeNull();
        await using var check = App.Scope();
        (await check.ServiceProvider.GetRequiredService<LedgerCheck>().RunAsync(CancellationToken.None)).Balanced.ShouldBeTrue();
    }

    [Fact]
    public async Task Ending_one_request_of_an_order_keeps_the_hold_of_another_that_is_still_open()
    {
        await ConfigureAppAsync();
        const string orderId = "579000000000000005";
        await IngestAsync(orderId);
        await DeliverAsync("7000000000000000011", 12, Return(orderId, "RETURN_OR_REFUND_REQUEST_PENDING", "4101", 1764000100));
        await DeliverAsync("7000000000000000012", 11, Cancellation(orderId, "CANCELLATION_REQUEST_PENDING", "5101", 1764000200));
        (await EarningAsync(orderId)).OpenRequest.ShouldBe("Return requested by the buyer; Cancellation requested by the buyer");

        await DeliverAsync("7000000000000000013", 12, Return(orderId, "REFUND_OR_RETURN_REQUEST_REJECT", "4101", 1764000300));
        (await EarningAsync(orderId)).OpenRequest.ShouldBe("Cancellation requested by the buyer");
        (await LineAsync(orderId)).OpenRequest.ShouldBe("Cancellation requested by the buyer");

        await DeliverAsync("7000000000000000014", 11, Cancellation(orderId, "CANCELLATION_REQUEST_CANCELLED", "5101", 1764000400));
        (await EarningAsync(orderId)).OpenRequest.ShouldBeNull();
        await using var check = App.Scope();
        (await check.ServiceProvider.GetRequiredService<LedgerCheck>().RunAsync(CancellationToken.None)).Balanced.ShouldBeTrue();
    }

    [Fact]
    public async Task A_request_event_that_arrives_after_a_newer_one_changes_nothing()
    {
        await ConfigureAppAsync();
        const string orderId = "579000000000000006";
        await IngestAsync(orderId);
        await DeliverAsync("7000000000000000021", 12, Return(orderId, "REFUND_OR_RETURN_REQUEST_REJECT", "4201", 1764000900));
        await DeliverAsync("7000000000000000022", 12, Return(orderId, "RETURN_OR_REFUND_REQUEST_PENDING", "4201", 1764000500));
        (await EarningAsync(orderId)).OpenRequest.ShouldBeNull();
        await using var scope = App.Scope();
        var late = await scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>().Set<WebhookNotification>().SingleAsync(n => n.Id == "7000000000000000022");
        late.Outcome!.ShouldContain("newer is already known");
    }

    [Fact]
    public async Task A_request_for_an_order_not_read_yet_holds_its_lines_when_they_arrive()
    {
        await ConfigureAppAsync();
        const string orderId = "579000000000000007";
        await DeliverAsync("7000000000000000031", 12, Return(orderId, "RETURN_OR_REFUND_REQUEST_PENDING", "4301", 1764000100));
        await IngestAsync(orderId);
        (await LineAsync(orderId)).OpenRequest.ShouldBe("Return requested by the buyer");
        (await LineAsync(orderId)).Version.ShouldBe(1);
        (await EarningAsync(orderId)).OpenRequest.ShouldBe("Return requested by the buyer");
    }

    private async Task IngestAsync(string orderId)
    {
        var now = DateTimeOffset.UtcNow;
        await using var scope = App.Scope();
        await scope.ServiceProvider.GetRequiredService<OrderLineIngestor>().IngestAsync([new OrderLineSnapshot
        {
            MarketCode = "PH", Currency = "PHP", OrderId = orderId, SkuId = "1729000000000000009", ProductId = "1", CreatorUsername = "nobody_here", Price = 50_000, Quantity = 1,
            TapRate = 2000, CreatorRate = 5000, Status = TikTokLineStatus.Processing, OrderedAt = now.AddDays(-20), DeliveredAt = now.AddDays(-16),
            Estimated = new ReportedAmounts(50_000, 10_000, 5_000, 0, 0),
        }], LineSource.Api, "test", CancellationToken.None);
    }

    private async Task DeliverAsync(string id, int type, string data)
    {
        var body = Body(id, type, data);
        (await PostAsync(body, Sign(body))).StatusCode.ShouldBe(HttpStatusCode.OK);
        await ProcessAsync();
    }

    private async Task ConfigureAppAsync()
    {
        await using var scope = App.Scope();
        var actor = new Actor(Guid.Empty, Guid.Empty, OrganizationKind.Agency, "test", new HashSet<string>());
        await scope.ServiceProvider.GetRequiredService<TikTokAppSettings>().SaveAsync(actor, new TikTokAppChange(AppKey, AppSecret, "7000000000000000001", TikTokEnvironment.Production, null), CancellationToken.None);
    }

    private static string Body(string id, int type, string data) => $$"""{"type":{{type}},"tts_notification_id":"{{id}}","shop_id":"7495000000000000001","timestamp":1764000000,"data":{{data}}}""";

    private static string Return(string orderId, string status) =>
        $$"""{"order_id":"{{orderId}}","return_role":"BUYER","return_type":"RETURN_AND_REFUND","return_status":"{{status}}","return_id":"4035","create_time":1764000000,"update_time":1764000000}""";

    private static string Return(string orderId, string status, string returnId, long updateTime) =>
        $$"""{"order_id":"{{orderId}}","return_role":"BUYER","return_type":"RETURN_AND_REFUND","return_status":"{{status}}","return_id":"{{returnId}}","create_time":1764000000,"update_time":{{updateTime}}}""";

    private static string Cancellation(string orderId, string status, string cancelId, long timestamp) =>
        $$"""{"order_id":"{{orderId}}","cancellations_role":"BUYER","cancel_status":"{{status}}","cancel_id":"{{cancelId}}","create_time":{{timestamp}}}""";

    private static string Sign(string body) => WebhookSignature.Compute(AppKey, AppSecret, Encoding.UTF8.GetBytes(body));

    private async Task<HttpResponseMessage> PostAsync(string body, string? signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/tiktok") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", signature);
        }

        return await App.CreateClient().SendAsync(request);
    }

    private async Task<int> CountAsync(string id)
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>().Set<WebhookNotification>().CountAsync(n => n.Id == id);
    }

    private async Task ProcessAsync()
    {
        await using var scope = App.Scope();
        await scope.ServiceProvider.GetRequiredService<WebhookProcessor>().RunAsync(CancellationToken.None);
    }

    private async Task<LineEarning> EarningAsync(string orderId)
    {
        var line = await LineAsync(orderId);
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>().Set<LineEarning>().AsNoTracking().SingleAsync(e => e.LineId == line.Id);
    }

    private async Task<OrderLine> LineAsync(string orderId)
    {
        await using var scope = App.Scope();
        return await scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>().Set<OrderLine>().AsNoTracking().SingleAsync(l => l.OrderId == orderId);
    }
}

public sealed class WebhookTestsOnSqlite(SqliteApp app) : WebhookTests(app), IClassFixture<SqliteApp>;

public sealed class WebhookTestsOnPostgres(PostgresApp app) : WebhookTests(app), IClassFixture<PostgresApp>;
