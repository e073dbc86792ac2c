using System.Net;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Accounts;

public sealed class StrictSignInLimitApp : TapbridgeApp
{
    public StrictSignInLimitApp()
        : base(Tapbridge.Platform.Data.DatabaseProvider.Sqlite) => Set("RateLimits:SignInPerMinute", "3");
}

public sealed class RateLimitTests(StrictSignInLimitApp app) : IClassFixture<StrictSignInLimitApp>
{
    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_address_get_429_with_Retry_After()
    {
        var client = app.Browser();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            last = await client.SubmitAsync("/account/signin", "signin", new Dictionary<string, string>
            {
                ["Input.Email"] = "someone@example.test",
                ["Input.Password"] = "guess number " + attempt,
            });
            statuses.Add(last.StatusCode);
        }

        statuses.Take(3).ShouldAllBe(s => s == HttpStatusCode.OK);
        last!.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        int.Parse(last.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);
        (await client.GetAsync("/account/signin")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
