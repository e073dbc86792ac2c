using Tapbridge.Modules.Accounts.ApiTokens;
using Tapbridge.Platform;

namespace Tapbridge.Tests.Modules.Accounts;

public sealed class ApiTokenRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Issued_secrets_are_unguessable_and_only_hashed_in_the_token()
    {
        var (token, secret) = ApiToken.Issue(Guid.NewGuid(), "ci", 30, Now);
        var (_, other) = ApiToken.Issue(Guid.NewGuid(), "ci", 30, Now);

        secret.ShouldStartWith("tbk_");
        secret.Length.ShouldBeGreaterThanOrEqualTo(4 + 43);
        secret.ShouldNotBe(other);
        token.Hash.ShouldBe(ApiToken.HashOf(secret));
        token.Hint.ShouldBe(secret[..10]);
    }

    [Fact]
    public void A_token_stops_working_when_it_expires_or_is_revoked()
    {
        var (expiring, _) = ApiToken.Issue(Guid.NewGuid(), "ci", 30, Now);
        var (forever, _) = ApiToken.Issue(Guid.NewGuid(), "ci", null, Now);

        expiring.IsActive(Now.AddDays(30).AddSeconds(-1)).ShouldBeTrue();
        expiring.IsActive(Now.AddDays(30)).ShouldBeFalse();
        forever.IsActive(Now.AddYears(10)).ShouldBeTrue();
        forever.Revoke(Now.AddDays(1));
        forever.IsActive(Now.AddDays(1)).ShouldBeFalse();
        Should.Throw<RuleViolationException>(() => forever.Revoke(Now.AddDays(2)));
    }

    [Theory]
    [InlineData("", 30, "name")]
    [InlineData("ok", 0, "expiresInDays")]
    [InlineData("ok", 367, "expiresInDays")]
    public void Bad_requests_name_the_field(string name, int days, string field)
    {
        Should.Throw<RuleViolationException>(() => ApiToken.Issue(Guid.NewGuid(), name, days, Now)).Field.ShouldBe(field);
    }

    [Fact]
    public void Usage_is_recorded_at_most_once_a_minute()
    {
        var (token, _) = ApiToken.Issue(Guid.NewGuid(), "ci", null, Now);

        token.UsageIsStale(Now).ShouldBeTrue();
    }
}
