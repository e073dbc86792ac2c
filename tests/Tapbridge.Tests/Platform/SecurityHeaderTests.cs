using System.Text.Json;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Platform;

/// <summary>Pages and API answers carry the security headers; the API describes its server from App:PublicUrl.</summary>
public sealed class SecurityHeaderTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("/account/signin")]
    [InlineData("/api/v1/account/me")]
    [InlineData("/openapi/v1.json")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("script-src 'self'");
        csp.ShouldNotContain("'unsafe-inline' 'self'");
        csp.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)).ShouldNotContain("unsafe-inline");
        csp.ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin");
        response.Headers.GetValues("Permissions-Policy").Single().ShouldContain("camera=()");
        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse("HSTS only when the public URL is https");
    }

    [Fact]
    public async Task The_page_html_has_no_inline_script()
    {
        var html = await app.CreateClient().GetStringAsync("/account/signin");

        System.Text.RegularExpressions.Regex.Matches(html, "<script(?![^>]*\\bsrc=)[^>]*>").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_api_description_names_the_public_url_whatever_the_host_header_says()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Host = "evil.example";

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        document.RootElement.GetProperty("servers").EnumerateArray().Select(s => s.GetProperty("url").GetString()).ShouldBe(["http://localhost"]);
    }
}
