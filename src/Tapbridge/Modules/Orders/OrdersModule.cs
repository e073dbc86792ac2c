using Microsoft.Extensions.Options;
using Tapbridge.Platform.Jobs;
using Tapbridge.Platform.Startup;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Tapbridge.Modules.Orders.Matching;
using Tapbridge.Modules.Orders.Import;
using Tapbridge.Modules.Orders.Ingestion;
using Tapbridge.Modules.Orders.Polling;
using Tapbridge.Modules.Orders.Webhooks;
using Tapbridge.Platform.Api;
using Tapbridge.Platform.Auth;

namespace Tapbridge.Modules.Orders;

/// <summary>TikTok's affiliate order lines: read from the orders API, webhooks and Partner Center exports, attributed to creators, with their history.</summary>
public static class OrdersModule
{
    public static WebApplicationBuilder AddOrders(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSettings<OrderSettings>("Orders");
        services.AddScoped<OrderLineIngestor>();
        services.AddScoped<AffiliateOrderPoll>();
        services.AddScoped<OrderImports>();
        services.AddScoped<OrderAttribution>();
        services.AddScoped<OrderLines>();
        services.AddScoped<WebhookProcessor>();
        services.AddRecurringJob<AffiliateOrderPoll>("order-poll",
            s => TimeSpan.FromMinutes(s.GetRequiredService<IOptions<OrderSettings>>().Value.PollMinutes), (poll, ct) => poll.PollAllAsync(ct));
        services.AddRecurringJob<WebhookProcessor>("webhook-processor", _ => TimeSpan.FromSeconds(5), (webhooks, ct) => webhooks.RunAsync(ct));
        services.AddScoped<Platform.Demo.IDemoSeeder, Demo.OrdersDemo>();
        return builder;
    }

    public static WebApplication MapOrders(this WebApplication app)
    {
        WebhookEndpoints.Map(app);
        var agency = app.MapGroup("/api/v1/agency/orders").WithTags("Agency orders").RequireAuthorization(Policies.AgencyStaff);
        agency.MapGet("/", async ([AsParameters] OrderLineQuery query, OrderLines lines, CancellationToken ct) =>
            TypedResults.Ok(await lines.ListAsync(query, ct))).WithName("ListOrderLines");
        agency.MapPost("/poll", async (string? market, AffiliateOrderPoll poll, Agency.AgencyDirectory directory, CancellationToken ct) =>
            TypedResults.Ok(market is null ? await poll.PollAllAsync(ct) : await poll.PollAsync(await directory.RequireMarketAsync(market, ct), ct))).WithName("PollOrders");
        agency.MapGet("/unmatched", async (string? market, OrderAttribution attribution, CancellationToken ct) =>
            TypedResults.Ok(await attribution.UnmatchedAsync(market?.ToUpperInvariant(), ct))).WithName("ListUnmatchedOrderLines");
        agency.MapPost("/{id:guid}/assign", async (Guid id, AssignLine body, ClaimsPrincipal user, OrderAttribution attribution, CancellationToken ct) =>
        {
            await attribution.AssignAsync(Actor.From(user), id, body.CreatorId, ct);
            return TypedResults.NoContent();
        }).WithName("AssignOrderLine");
        agency.MapGet("/reports", async (ReportStatus? status, OrderAttribution attribution, CancellationToken ct) =>
            TypedResults.Ok(await attribution.ReportsAsync(status, ct))).WithName("ListMissingOrderReports");
        agency.MapPost("/reports/{id:guid}/answer", async (Guid id, ReportAnswer body, ClaimsPrincipal user, OrderAttribution attribution, CancellationToken ct) =>
            TypedResults.Ok(await attribution.AnswerAsync(Actor.From(user), id, body, ct))).WithName("AnswerMissingOrderReport");

        var imports = app.MapGroup("/api/v1/agency/orders/imports").WithTags("Agency orders").RequireAuthorization(Policies.AgencyFinance);
        imports.MapGet("/", async (OrderImports service, CancellationToken ct) => TypedResults.Ok(await service.ListAsync(ct))).WithName("ListOrderImports");
        imports.MapPost("/", async Task<IResult> (HttpRequest request, ClaimsPrincipal user, OrderImports service, CancellationToken ct) =>
        {
            var (form, file) = await ApiUpload.ReadAsync<OrdersRules>(request, "Import.Upload", ct);
            await using var content = file.OpenReadStream();
            var result = await service.ImportAsync(Actor.From(user), form["market"].ToString(), file.FileName, content, ct);
            return result.DuplicateOf is null ? TypedResults.Created($"/api/v1/agency/orders/imports/{result.Id}", result) : TypedResults.Ok(result);
        }).WithName("ImportOrderLines")
            .WithMetadata(new RequestSizeLimitAttribute(OrderImports.MaxBytes + (1 << 20))).WithFormOptions(multipartBodyLengthLimit: OrderImports.MaxBytes);

        var creator = app.MapGroup("/api/v1/creator/orders").WithTags("Creator").RequireAuthorization(Policies.Creator);
        creator.MapGet("/missing", async (ClaimsPrincipal user, OrderAttribution attribution, CancellationToken ct) =>
            TypedResults.Ok(await attribution.MyReportsAsync(Actor.From(user), ct))).WithName("ListMyMissingOrders");
        creator.MapPost("/missing", async (MissingOrderRequest body, ClaimsPrincipal user, OrderAttribution attribution, CancellationToken ct) =>
            TypedResults.Ok(await attribution.ReportMissingAsync(Actor.From(user), body, ct))).WithName("ReportMissingOrder");
        return app;
    }
}
