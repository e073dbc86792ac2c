using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Data;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Platform.BadInput;

/// <summary>
/// Reads the API's own description and fires generated bad requests at every operation, as every role allowed to call
/// it: none may answer 5xx, every refusal is a problem detail (a 400 names the field), and a refused request writes
/// nothing. The seed is printed with any failure (set TAPBRIDGE_BAD_INPUT_SEED to replay it).
/// </summary>
public abstract partial class BadInputTests(WatchedApp fixture) : AppTests(fixture)
{
    // 5,000 on each database: 10,000 per run of the suite, within its time budget on two cores.
    private static readonly int Requests = int.TryParse(Environment.GetEnvironmentVariable("TAPBRIDGE_BAD_INPUT_REQUESTS"), out var n) ? n : 5_000;

    [Fact]
    public async Task Generated_bad_requests_never_answer_5xx_always_name_the_problem_and_write_nothing_when_refused()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("TAPBRIDGE_BAD_INPUT_SEED"), out var fixedSeed) ? fixedSeed : 20_261_206;
        var callers = await CallersAsync();
        var anonymous = App.CreateClient();
        var document = JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json"))!;
        var operations = ApiOperation.ReadAll(document);
        var policies = PolicyOfEachOperation();
        var random = new Random(seed);
        var generator = new BadRequests(random);
        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();

        for (var i = 0; i < Requests; i++)
        {
            var operation = operations[i % operations.Count];
            var allowed = callers.Where(c => EndpointAuthorizationTests.Allows(policies[operation.ToString()], c.Key)).Select(c => c.Value).ToList();
            var bad = generator.Next(operation);
            var probe = i.ToString(CultureInfo.InvariantCulture);
            using var request = new HttpRequestMessage(new HttpMethod(bad.Method), bad.Url) { Content = bad.Content };
            request.Headers.Add(WriteWatch.ProbeHeader, probe);
            using var response = await allowed[random.Next(allowed.Count)].SendAsync(request, TestContext.Current.CancellationToken);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var writes = fixture.Watch.WritesOf(probe);
            var wrong = await WhatIsWrongAsync(response, writes);
            if (wrong is not null && failures.Count < 40)
            {
                failures.Add($"#{i} {operation} ({bad.Flaw}): {wrong}");
            }
        }

        var summary = $"{Requests:N0} generated bad requests over {operations.Count} operations on {fixture.Provider} (seed {seed}); answers: "
            + string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"));
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        failures.ShouldBeEmpty(summary);
        Requests.ShouldBeGreaterThanOrEqualTo(operations.Count);
    }

    private static async Task<string?> WhatIsWrongAsync(HttpResponseMessage response, IReadOnlyList<string> writes)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return $"{status}: {Shorten(await response.Content.ReadAsStringAsync())}";
        }

        if (status < 400)
        {
            return null;
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"{status} without a problem detail ({response.Content.Headers.ContentType})";
        }

        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var fields = problem.RootElement.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(e => e.Name).ToList() : [];
        if (writes.Count > 0 && !CountsAWrongPassword(fields, writes))
        {
            return $"refused with {status} but wrote: {Shorten(string.Join(" | ", writes))}";
        }

        return status == 400 && fields.Count == 0 ? $"400 naming no field: {problem.RootElement}" : null;
    }

    /// <summary>The one write a refusal makes on purpose: a wrong password counts towards the account's lockout.</summary>
    private static bool CountsAWrongPassword(List<string> fields, IReadOnlyList<string> writes) =>
        fields.Contains("password") && writes.All(w => w.Contains("UPDATE \"AspNetUsers\" SET \"AccessFailedCount\"", StringComparison.Ordinal));

    private async Task<Dictionary<string, HttpClient>> CallersAsync()
    {
        async Task<HttpClient> Token(Task<HttpClient> signedIn) => App.WithToken(await (await signedIn).IssueTokenAsync());
        return new Dictionary<string, HttpClient>
        {
            [Policies.AgencyAdmin] = await Token(App.SignInAsync(await App.CreateStaffAsync(Roles.Admin))),
            [Policies.AgencyFinance] = await Token(App.SignInAsync(await App.CreateStaffAsync(Roles.Finance))),
            [Policies.AgencyStaff] = await Token(App.SignInAsync(await App.CreateStaffAsync(Roles.AccountManager))),
            [Policies.Seller] = await Token(Task.FromResult((await App.SignUpSellerAsync()).Client)),
            [Policies.Creator] = await Token(App.SignUpApprovedCreatorAsync()),
        };
    }

    /// <summary>Each operation's policy, keyed as the description writes it (route constraints removed).</summary>
    private Dictionary<string, string> PolicyOfEachOperation() =>
        App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => (
                Key: $"{m} {Constraint().Replace(e.RoutePattern.RawText!, "}").TrimEnd('/')}",
                Policy: e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).Last(p => p is not null)!)))
            .ToDictionary(e => e.Key, e => e.Policy);

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;

    [GeneratedRegex(@":[^}]+\}")]
    private static partial Regex Constraint();
}

/// <summary>An app whose database writes are watched per request (see <see cref="WriteWatch"/>).</summary>
public abstract class WatchedApp(DatabaseProvider provider) : TapbridgeApp(provider)
{
    private WriteWatch? watch;

    public WriteWatch Watch => watch ??= Services.GetRequiredService<WriteWatch>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<WriteWatch>();
            services.ConfigureDbContext<SqliteTapbridgeDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<WriteWatch>()));
            services.ConfigureDbContext<PostgresTapbridgeDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<WriteWatch>()));
        });
    }
}

public sealed class WatchedSqliteApp() : WatchedApp(DatabaseProvider.Sqlite);

public sealed class WatchedPostgresApp() : WatchedApp(DatabaseProvider.Postgres);

public sealed class BadInputTestsOnSqlite(WatchedSqliteApp app) : BadInputTests(app), IClassFixture<WatchedSqliteApp>;

public sealed class BadInputTestsOnPostgres(WatchedPostgresApp app) : BadInputTests(app), IClassFixture<WatchedPostgresApp>;
