using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Platform.Auth;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Platform;

/// <summary>Walks every endpoint: each declares who may call it, and each role gets exactly what its policy allows.</summary>
public sealed class EndpointAuthorizationTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    // Framework plumbing that serves no organization's data: the Blazor circuit hub and the static-file fallback.
    private static readonly string[] FrameworkPrefixes = ["/_blazor", "/_framework", "/_content", "{**path:file}"];

    [Fact]
    public void Every_endpoint_declares_an_authorization_policy_or_anonymous_access()
    {
        var undeclared = RouteEndpoints()
            .Where(e => !FrameworkPrefixes.Any(p => e.RoutePattern.RawText!.StartsWith(p, StringComparison.Ordinal)))
            .Where(e => e.Metadata.GetMetadata<IAuthorizeData>() is null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => e.DisplayName)
            .ToList();

        undeclared.ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_api_endpoint_refuses_anonymous_callers_and_callers_outside_its_policy()
    {
        var callers = new Dictionary<string, HttpClient>
        {
            [Policies.AgencyAdmin] = await app.SignInAsync(await app.CreateStaffAsync(Roles.Admin)),
            [Policies.AgencyFinance] = await app.SignInAsync(await app.CreateStaffAsync(Roles.Finance)),
            [Policies.AgencyStaff] = await app.SignInAsync(await app.CreateStaffAsync(Roles.AccountManager)),
            [Policies.Seller] = (await app.SignUpSellerAsync()).Client,
            [Policies.Creator] = (await app.SignUpCreatorAsync()).Client,
        };
        var anonymous = app.Browser();
        var failures = new List<string>();

        foreach (var endpoint in RouteEndpoints().Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal)))
        {
            var policy = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).Last(p => p is not null)!;
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods)
            {
                var path = Concrete(endpoint.RoutePattern.RawText!);
                var status = (await Send(anonymous, method, path)).StatusCode;
                if (status != HttpStatusCode.Unauthorized)
                {
                    failures.Add($"anonymous {method} {path} → {(int)status}");
                }

                foreach (var (callerPolicy, client) in callers)
                {
                    var allowed = Allows(policy, callerPolicy);
                    status = (await Send(client, method, path)).StatusCode;
                    var refused = status is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized;
                    if (allowed == refused)
                    {
                        failures.Add($"{callerPolicy} {method} {path} (needs {policy}) → {(int)status}");
                    }
                }
            }
        }

        failures.ShouldBeEmpty();
    }

    /// <summary>Whether a caller holding <paramref name="caller"/>'s policy passes <paramref name="policy"/>.</summary>
    internal static bool Allows(string policy, string caller) => policy switch
    {
        Policies.SignedIn => true,
        Policies.AgencyStaff => caller is Policies.AgencyAdmin or Policies.AgencyFinance or Policies.AgencyStaff,
        Policies.AgencyFinance => caller is Policies.AgencyAdmin or Policies.AgencyFinance,
        Policies.AgencyAdmin => caller is Policies.AgencyAdmin,
        Policies.AgencyManager => caller is Policies.AgencyAdmin or Policies.AgencyStaff,
        Policies.Seller => caller is Policies.Seller,
        Policies.Creator => caller is Policies.Creator,
        Policies.TeamAdmin => caller is Policies.AgencyAdmin or Policies.Seller,
        _ => throw new InvalidOperationException($"The matrix does not know the policy {policy}."),
    };

    private static Task<HttpResponseMessage> Send(HttpClient client, string method, string path) =>
        client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method is "GET" or "DELETE" ? null : new StringContent("{}", Encoding.UTF8, "application/json"),
        });

    private static string Concrete(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{[^}]+\}", Guid.NewGuid().ToString());

    private IEnumerable<RouteEndpoint> RouteEndpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
}
