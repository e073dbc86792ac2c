using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Platform.Demo;

namespace Tapbridge.BrowserTests;

/// <summary>
/// The demo world served by Kestrel on a loopback port, and Debian's Chromium driven by Playwright.
/// When TAPBRIDGE_REQUIRE_BROWSER=1 (the test script sets it), a missing Chromium fails the tests instead of skipping them.
/// </summary>
public sealed class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string workDirectory = Path.Combine(Path.GetTempPath(), "tapbridge-browser", Guid.NewGuid().ToString("N"));
    private IPlaywright? playwright;
    private IBrowser? browser;

    public string BaseUrl { get; private set; } = "";

    public string MailFolder => Path.Combine(workDirectory, "mail");

    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser is not running.");

    /// <summary>A phone browser with a profile on disk, as a person's own is: Chromium installs nothing from a private window.</summary>
    public Task<IBrowserContext> NewProfileContextAsync(string locale) =>
        (playwright ?? throw new InvalidOperationException("The browser is not running.")).Chromium.LaunchPersistentContextAsync(
            Path.Combine(workDirectory, "profile-" + Guid.NewGuid().ToString("N")),
            new()
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
                BaseURL = BaseUrl,
                ViewportSize = Screens.Phone,
                IsMobile = true,
                HasTouch = true,
                Locale = locale,
            });

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        Directory.CreateDirectory(workDirectory);
        Directory.CreateDirectory(ScreenshotFolder);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        UseKestrel(port);
        StartServer();
        await Services.GetRequiredService<DemoReadiness>().WhenSettledAsync(CancellationToken.None);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
    }

    /// <summary>The running app and browser, or a skip (Chromium optional and absent) or a failure (required).</summary>
    public BrowserApp Require()
    {
        if (browser is null)
        {
            var reason = $"{ChromiumPath} is not installed: browser tests need Debian's chromium (./test.sh installs it).";
            Assert.SkipWhen(Environment.GetEnvironmentVariable("TAPBRIDGE_REQUIRE_BROWSER") != "1", reason);
            Assert.Fail(reason);
        }

        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development, static web assets (MudBlazor, blazor.web.js) are served only after publish; tests run from build output.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Tapbridge", $"Data Source={Path.Combine(workDirectory, "tapbridge.db")}");
        builder.UseSetting("Mail:Folder", MailFolder);
        builder.UseSetting("Links:ClickFolder", Path.Combine(workDirectory, "clicks"));
        builder.UseSetting("App:PublicUrl", BaseUrl);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Localization:Pseudo", "true");
        builder.UseSetting("Demo:SandboxPort", "0");
        builder.UseSetting("RateLimits:SignInPerMinute", "1000");
        // Between the 20th and the 25th the scheduler would prepare the batch the payout test prepares by hand.
        builder.UseSetting("Payouts:PrepareOnSchedule", "false");
        builder.UseSetting("Payouts:PayingAccounts:PH:Name", "Sunrise Affiliates Philippines Inc.");
        builder.UseSetting("Payouts:PayingAccounts:PH:AccountNumber", "002180041234");
        builder.UseSetting("Payouts:PayingAccounts:PH:Bic", "BNORPHMM");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    public new async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Tapbridge.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? Path.GetTempPath();
    }
}

/// <summary>
/// Every browser test shares one app: preparing the demo world takes most of a minute, so each test works on people and
/// records of its own (or creates them) instead of a fresh world.
/// </summary>
[CollectionDefinition(Name)]
public sealed class OneDemoWorld : ICollectionFixture<BrowserApp>
{
    public const string Name = "Browser";
}
