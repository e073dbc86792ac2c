using System.Net;
using System.Text.Json;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Platform;

public abstract class HealthTests(TapbridgeApp fixture) : AppTests(fixture)
{
    [Fact]
    public async Task Live_and_ready_answer_with_the_database_checked()
    {
        var client = App.CreateClient();

        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await client.GetAsync("/health/ready");

        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("checks").GetProperty("database").GetProperty("description").GetString().ShouldBe("Connected; schema up to date.");
    }

    [Fact]
    public async Task The_api_is_described_by_an_openapi_document_and_a_reference_page()
    {
        var client = App.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/v1/account/tokens");
        paths.ShouldContain("/api/v1/seller/shops");
        paths.ShouldAllBe(p => p.StartsWith("/api/v1/"));
        (await client.GetAsync("/docs/api")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Unknown_api_routes_are_problem_404s_and_unknown_pages_get_the_friendly_page()
    {
        var client = App.CreateClient();

        var api = await client.GetAsync("/api/v1/nothing-here");
        var page = await client.GetAsync("/nothing-here");

        api.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        api.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await page.TextAsync()).ShouldContain("This page does not exist");
    }
}

public sealed class HealthTestsOnSqlite(SqliteApp app) : HealthTests(app), IClassFixture<SqliteApp>;

public sealed class HealthTestsOnPostgres(PostgresApp app) : HealthTests(app), IClassFixture<PostgresApp>;
