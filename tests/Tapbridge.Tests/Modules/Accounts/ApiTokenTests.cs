using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Accounts;
using Tapbridge.Modules.Accounts.ApiTokens;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Accounts;

public abstract class ApiTokenTests(TapbridgeApp fixture) : AppTests(fixture)
{
    [Fact]
    public async Task A_token_authenticates_as_its_owner_and_only_its_hash_is_stored()
    {
        var (seller, email) = await App.SignUpSellerAsync();
        var secret = await seller.IssueTokenAsync();

        var me = await App.WithToken(secret).GetFromJsonAsync<MeResponse>("/api/v1/account/me");

        me!.Email.ShouldBe(email);
        me.AuthenticatedBy.ShouldBe(TapbridgeClaims.ApiToken);
        await using var scope = App.Scope();
        var stored = await scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>().Set<ApiToken>().AsNoTracking().ToListAsync();
        stored.ShouldNotContain(t => t.Hash == secret || t.Hint == secret);
        stored.ShouldContain(t => t.Hash == ApiToken.HashOf(secret));
    }

    [Fact]
    public async Task A_revoked_token_no_longer_authenticates()
    {
        var (creator, _, _) = await App.SignUpCreatorAsync();
        var secret = await creator.IssueTokenAsync("phone shortcut");
        var tokens = await creator.GetFromJsonAsync<List<ApiTokenView>>("/api/v1/account/tokens");
        var id = tokens!.Single(t => t.Name == "phone shortcut").Id;

        (await creator.DeleteAsync($"/api/v1/account/tokens/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var response = await App.WithToken(secret).GetAsync("/api/v1/account/me");
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await creator.GetFromJsonAsync<List<ApiTokenView>>("/api/v1/account/tokens"))!.Single(t => t.Id == id).Active.ShouldBeFalse();
    }

    [Fact]
    public async Task Nobody_can_revoke_another_persons_token()
    {
        var (owner, _) = await App.SignUpSellerAsync();
        await owner.IssueTokenAsync("owner's");
        var id = (await owner.GetFromJsonAsync<List<ApiTokenView>>("/api/v1/account/tokens"))!.Single().Id;
        var (other, _) = await App.SignUpSellerAsync();

        (await other.DeleteAsync($"/api/v1/account/tokens/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await owner.GetFromJsonAsync<List<ApiTokenView>>("/api/v1/account/tokens"))!.Single().Active.ShouldBeTrue();
    }

    [Theory]
    [InlineData("Bearer tbk_not-a-real-token")]
    [InlineData("Bearer something-else")]
    public async Task An_unknown_bearer_token_gets_401_not_a_redirect(string header)
    {
        var client = App.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", header);

        var response = await client.GetAsync("/api/v1/account/me");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_without_a_name_is_refused_with_the_field_named()
    {
        var (seller, _) = await App.SignUpSellerAsync();

        var response = await seller.PostAsJsonAsync("/api/v1/account/tokens", new { name = "  ", expiresInDays = 30 });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblem>();
        problem!.Errors.Keys.ShouldContain(k => k.Equals("name", StringComparison.OrdinalIgnoreCase));
    }
}

public sealed record ValidationProblem(string? Title, int Status, Dictionary<string, string[]> Errors);

public sealed class ApiTokenTestsOnSqlite(SqliteApp app) : ApiTokenTests(app), IClassFixture<SqliteApp>;

public sealed class ApiTokenTestsOnPostgres(PostgresApp app) : ApiTokenTests(app), IClassFixture<PostgresApp>;
