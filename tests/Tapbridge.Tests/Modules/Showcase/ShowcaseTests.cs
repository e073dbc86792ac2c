using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Connections;
using Tapbridge.Modules.Showcase;
using Tapbridge.Modules.Showcase.Links;
using Tapbridge.Platform.Data;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Showcase;

/// <summary>
/// Add to Showcase against the sandbox (real promotion links through the partner API), and the short links:
/// redirect, click recording off the request path, once per visitor per link per hour, bots and prefetches left out.
/// </summary>
public abstract class ShowcaseTests(TapbridgeApp fixture) : SandboxTests(fixture, "showcase-app")
{
    private const string Phone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 musical_ly_37.0";

    private static async Task<ShowcaseEntry> AddAsync(HttpClient creator, Guid product)
    {
        var response = await creator.PostAsJsonAsync("/api/v1/creator/showcase", new { productId = product, acceptTerms = true });
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ShowcaseEntry>())!;
    }

    private HttpClient Visitor() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private static async Task<HttpResponseMessage> OpenAsync(HttpClient visitor, ShowcaseEntry entry, string userAgent = Phone, HttpMethod? method = null, (string, string)? header = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, new Uri(entry.ShortLink).PathAndQuery);
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        if (header is var (name, value))
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await visitor.SendAsync(request);
    }

    /// <summary>Clicks are stored in order by one writer: once a click on the marker link is counted, every click before it is stored too.</summary>
    private static async Task<ShowcaseOverview> AfterWriterReachesAsync(HttpClient creator, ShowcaseEntry marker, int markerClicks)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var overview = (await creator.GetFromJsonAsync<ShowcaseOverview>("/api/v1/creator/showcase"))!;
            if (overview.Items.Single(i => i.Id == marker.Id).Clicks >= markerClicks)
            {
                return overview;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The click writer did not store the marker click.");
    }

    [Fact]
    public async Task Adding_a_product_accepts_the_campaign_terms_once_and_hands_over_a_working_tiktok_link_at_the_creator_rate_and_a_short_link()
    {
        var (_, products) = await ApprovedOnTikTokAsync(2);
        var creator = await App.SignUpApprovedCreatorAsync();

        var offer = (await creator.GetFromJsonAsync<ShowcaseOffer>($"/api/v1/creator/showcase/offer/{products[0]}"))!;
        (offer.TermsAccepted, offer.ShowcaseItemId).ShouldBe((false, null));
        offer.Terms.ShouldContain(t => t.Contains(offer.CampaignName, StringComparison.Ordinal));
        var refused = await creator.PostAsJsonAsync("/api/v1/creator/showcase", new { productId = products[0], acceptTerms = false });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("acceptTerms");

        var added = await creator.PostAsJsonAsync("/api/v1/creator/showcase", new { productId = products[0], acceptTerms = true });
        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        var entry = (await added.Content.ReadFromJsonAsync<ShowcaseEntry>())!;
        entry.TikTokLink.ShouldStartWith("https://affiliate.tiktok.com/api/v1/share/");
        entry.ShortLink.ShouldMatch("^http://localhost/l/[A-Za-z0-9]{12}$");
        (entry.State, entry.CreatorRate).ShouldBe((ShowcaseState.Added, 1200));

        var again = await creator.PostAsJsonAsync("/api/v1/creator/showcase", new { productId = products[0], acceptTerms = false });
        again.StatusCode.ShouldBe(HttpStatusCode.OK, "a product already in the Showcase is returned as it is");
        (await again.Content.ReadFromJsonAsync<ShowcaseEntry>())!.Id.ShouldBe(entry.Id);
        (await creator.GetFromJsonAsync<ShowcaseOffer>($"/api/v1/creator/showcase/offer/{products[1]}"))!.TermsAccepted.ShouldBeTrue("terms are accepted once per campaign");
        (await creator.PostAsJsonAsync("/api/v1/creator/showcase", new { productId = products[1], acceptTerms = false })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var tiktokCreator = (await TikTokCreatorsAsync())[0];
        var onTikTok = await Admin.PostAsJsonAsync("/sandbox/showcase", new { creator_open_id = tiktokCreator.GetProperty("creator_open_id").GetString(), product_link = entry.TikTokLink });
        onTikTok.StatusCode.ShouldBe(HttpStatusCode.OK, "TikTok accepts the link into a Showcase");
        (await onTikTok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("creator_commission_rate").GetInt32().ShouldBe(1200);

        (await creator.PostAsJsonAsync($"/api/v1/creator/showcase/{entry.Id}/verify", new { confirmed = false })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var verified = await (await creator.PostAsJsonAsync($"/api/v1/creator/showcase/{entry.Id}/verify", new { confirmed = true })).Content.ReadFromJsonAsync<ShowcaseEntry>();
        (verified!.State, verified.Verification).ShouldBe((ShowcaseState.Verified, ShowcaseVerification.CreatorConfirmed));
        var overview = (await creator.GetFromJsonAsync<ShowcaseOverview>("/api/v1/creator/showcase"))!;
        overview.Items.Count.ShouldBe(2);
        overview.Daily.Count.ShouldBe(CreatorShowcase.DailyDays);
    }

    /// <summary>The consent round trip as a browser makes it: start, TikTok's consent (the sandbox's shortcut), the app's one callback address.</summary>
    private async Task<HttpResponseMessage> AuthorizeOnTikTokAsync(HttpClient creator, string openId)
    {
        var start = await creator.GetAsync("/creator/tiktok/start");
        start.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var consent = start.Headers.Location!;
        consent.AbsolutePath.ShouldBe("/alliance/creator/auth");
        var state = System.Web.HttpUtility.ParseQueryString(consent.Query)["state"];
        var grant = await (await Admin.PostAsJsonAsync("/sandbox/authorizations", new { user_type = 1, creator_open_id = openId })).Content.ReadFromJsonAsync<JsonElement>();
        var callback = await creator.GetAsync($"/connections/tiktok/callback?code={grant.GetProperty("code").GetString()}&state={Uri.EscapeDataString(state!)}");
        callback.StatusCode.ShouldBe(HttpStatusCode.Redirect, "a creator's consent goes on to the creator portal");
        return await creator.GetAsync(callback.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_creator_who_authorizes_tiktok_proves_the_handle_and_products_are_verified_through_the_creator_api()
    {
        var (_, products) = await ApprovedOnTikTokAsync(1);
        var tiktok = (await TikTokCreatorsAsync())[0];
        var openId = tiktok.GetProperty("creator_open_id").GetString()!;
        var creator = await App.SignUpApprovedCreatorAsync(handle: tiktok.GetProperty("username").GetString());

        var done = await AuthorizeOnTikTokAsync(creator, openId);
        done.Headers.Location!.ToString().ShouldBe("/creator/settings?tiktok=connected");
        (await creator.GetFromJsonAsync<CreatorTikTokAccount>("/api/v1/creator/tiktok"))!.Username.ShouldBe(tiktok.GetProperty("username").GetString());
        (await creator.GetFromJsonAsync<JsonElement>("/api/v1/creator/profile")).GetProperty("handleProof").GetString().ShouldBe("TikTokAuthorization");

        var entry = await AddAsync(creator, products[0]);
        var early = await creator.PostAsJsonAsync($"/api/v1/creator/showcase/{entry.Id}/verify", new { confirmed = true });
        early.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "the creator's word is not taken when TikTok can be asked");
        (await early.Content.ReadAsStringAsync()).ShouldContain("does not list this product");
        (await Admin.PostAsJsonAsync("/sandbox/showcase", new { creator_open_id = openId, product_link = entry.TikTokLink })).EnsureSuccessStatusCode();
        var verified = await (await creator.PostAsJsonAsync($"/api/v1/creator/showcase/{entry.Id}/verify", new { confirmed = false })).Content.ReadFromJsonAsync<ShowcaseEntry>();
        (verified!.State, verified.Verification).ShouldBe((ShowcaseState.Verified, ShowcaseVerification.TikTok));

        var other = await App.SignUpApprovedCreatorAsync();
        var refused = await AuthorizeOnTikTokAsync(other, openId);
        refused.Headers.Location!.ToString().ShouldBe("/creator/settings?tiktokError=mismatch");
        (await other.GetAsync("/api/v1/creator/tiktok")).StatusCode.ShouldBe(HttpStatusCode.NoContent, "another account's authorization is not kept");
        (await other.GetFromJsonAsync<JsonElement>("/api/v1/creator/profile")).GetProperty("handleProof").GetString().ShouldBe("BioCode");
    }

    [Fact]
    public async Task Only_approved_creators_of_the_products_market_add_it()
    {
        var (_, products) = await ApprovedOnTikTokAsync(1);
        var (pending, _, _) = await App.SignUpCreatorAsync();
        (await pending.PostAsJsonAsync("/api/v1/creator/showcase", new { productId = products[0], acceptTerms = true })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var vietnam = await App.SignUpApprovedCreatorAsync("VN");
        (await vietnam.PostAsJsonAsync("/api/v1/creator/showcase", new { productId = products[0], acceptTerms = true })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_short_link_redirects_to_tiktok_and_counts_a_visitor_once_an_hour_leaving_out_bots_head_and_prefetch()
    {
        var (_, products) = await ApprovedOnTikTokAsync(2);
        var creator = await App.SignUpApprovedCreatorAsync();
        var entry = await AddAsync(creator, products[0]);
        var marker = await AddAsync(creator, products[1]);
        var visitor = Visitor();

        var first = await OpenAsync(visitor, entry);
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        first.Headers.Location!.ToString().ShouldBe(entry.TikTokLink);
        first.Headers.CacheControl!.NoStore.ShouldBeTrue();
        (await OpenAsync(visitor, entry)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await OpenAsync(visitor, entry, "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36", header: ("Referer", "https://www.TikTok.com/@someone"));
        await OpenAsync(visitor, entry, "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)");
        await OpenAsync(visitor, entry, "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
        await OpenAsync(visitor, entry, "");
        (await OpenAsync(visitor, entry, method: HttpMethod.Head)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await OpenAsync(visitor, entry, "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 Safari/605.1.15", header: ("Sec-Purpose", "prefetch;prerender"));
        await OpenAsync(visitor, marker);

        var overview = await AfterWriterReachesAsync(creator, marker, 1);
        var counted = overview.Items.Single(i => i.Id == entry.Id);
        counted.Clicks.ShouldBe(2, "the iPhone visitor once, the Android visitor once; bots, HEAD and prefetch not at all");
        counted.Daily.ShouldHaveSingleItem().Clicks.ShouldBe(2);

        await OpenAsync(visitor, entry);
        await OpenAsync(Visitor(), marker, "Mozilla/5.0 (iPad; CPU OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148");
        (await AfterWriterReachesAsync(creator, marker, 2)).Items.Single(i => i.Id == entry.Id).Clicks.ShouldBe(2, "within the hour, even in a later batch");

        await using var scope = App.Scope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<TapbridgeDbContext>>().CreateDbContextAsync();
        var rows = await db.Set<LinkClick>().Where(c => c.ShowcaseItemId == entry.Id).ToListAsync();
        rows.Select(r => r.Device).ShouldBe([DeviceClass.Mobile, DeviceClass.Mobile]);
        rows.Select(r => r.ReferrerHost).ShouldBe([null, "www.tiktok.com"], ignoreOrder: true);
        rows.ShouldAllBe(r => r.IpHash.Length == 32 && r.VisitorHash.Length == 32);
        (await db.Set<LinkClick>().SingleAsync(c => c.ShowcaseItemId == marker.Id && c.Device == DeviceClass.Tablet)).ShouldNotBeNull();
    }

    [Fact]
    public async Task Unknown_codes_get_a_page_a_person_can_read_and_guessing_is_held_back()
    {
        var visitor = Visitor();
        foreach (var code in new[] { "AAAAAAAAAAAA", "short", "abc%2Fdef" })
        {
            var response = await visitor.GetAsync($"/l/{code}");
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await response.Content.ReadAsStringAsync()).ShouldContain("This link does not exist");
        }

        await using var scope = App.Scope();
        var targets = scope.ServiceProvider.GetRequiredService<LinkTargets>();
        var guesser = $"198.51.100.{Random.Shared.Next(1, 255)}";
        for (var i = 0; i < LinkTargets.LookupsPerMinute; i++)
        {
            (await targets.LookUpAsync(ShortCode.New(), guesser, CancellationToken.None)).ShouldBe(new LinkLookup(null, false));
        }

        (await targets.LookUpAsync(ShortCode.New(), guesser, CancellationToken.None)).Throttled.ShouldBeTrue("one address may look up 60 uncached codes a minute");
        (await targets.LookUpAsync(ShortCode.New(), "198.51.100.0", CancellationToken.None)).Throttled.ShouldBeFalse("other addresses are not held back");
    }
}

public sealed class ShowcaseTestsOnSqlite(SqliteApp app) : ShowcaseTests(app), IClassFixture<SqliteApp>;

public sealed class ShowcaseTestsOnPostgres(PostgresApp app) : ShowcaseTests(app), IClassFixture<PostgresApp>;
