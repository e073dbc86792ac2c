using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Tapbridge;
using Tapbridge.Modules.Campaigns;
using Tapbridge.Modules.Orders.Polling;
using Tapbridge.Platform;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Markets;
using Tapbridge.Platform.Startup;

/// <summary>
/// From the sandbox's API: the demo world (connected to the built-in TikTok Shop sandbox) gets N synthetic TAP orders
/// in one of its PH campaigns, created in the last hour; the market's poll cursor is cleared, so one poll reads them
/// the way a newly connected agency's first poll reads its history (P10 pages of 100 orders, signed requests, JSON).
/// The sandbox runs in the same process, so its serialising shares the two cores and its orders the memory.
/// </summary>
internal static class ApiIngestion
{
    public static async Task RunAsync(string provider, string connection, string work, int count)
    {
        var builder = WebApplication.CreateBuilder([$"--Database:Provider={provider}", $"--ConnectionStrings:Tapbridge={connection}", "--Logging:LogLevel:Default=Warning",
            $"--Mail:Folder={Path.Combine(work, "mail")}", "--Demo:Enabled=true", "--Demo:SandboxPort=5391", "--Sandbox:RequestsPerSecond=1000000", "--Orders:InitialDays=1"]);
        builder.AddPlatform();
        builder.AddModules();
        await using var app = builder.Build();
        var seeding = Stopwatch.StartNew();
        await app.PrepareAsync(migrate: true);
        Console.WriteLine($"{provider}, {count:N0} synthetic orders from the sandbox's P10, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}; demo world seeded in {seeding.Elapsed.TotalSeconds:N0} s");

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
        var campaigns = await db.Set<Campaign>().AsNoTracking().Where(c => c.MarketCode == "PH" && c.TikTokCampaignId != null).Select(c => c.TikTokCampaignId!).ToListAsync();
        using var sandbox = new HttpClient { BaseAddress = new Uri("http://127.0.0.1:5391"), Timeout = TimeSpan.FromMinutes(30) };
        var until = DateTimeOffset.UtcNow.AddSeconds(-5).ToUnixTimeSeconds();
        var created = Stopwatch.StartNew();
        // The first of the demo's PH campaigns with a product TikTok approved (the sandbox refuses the others with 409).
        foreach (var campaign in campaigns)
        {
            using var response = await sandbox.PostAsJsonAsync("/sandbox/orders/synthetic", new { campaign_id = campaign, count, from_time = until - 3600, until_time = until });
            if (response.IsSuccessStatusCode)
            {
                break;
            }
        }

        Console.WriteLine($"sandbox created the orders in {created.Elapsed.TotalSeconds:N0} s; working set {Environment.WorkingSet / 1024 / 1024:N0} MB");

        await db.Database.ExecuteSqlRawAsync("DELETE FROM order_poll_cursors");
        var watch = Stopwatch.StartNew();
        var report = await scope.ServiceProvider.GetRequiredService<AffiliateOrderPoll>().PollAsync(Market.Philippines, CancellationToken.None);
        var took = watch.Elapsed;
        Console.WriteLine($"| poll of the sandbox's P10 ({report.Received:N0} lines read, {report.New:N0} new, {report.Unchanged:N0} unchanged, {report.Unmatched:N0} unmatched) | " +
            $"{report.Received / took.TotalSeconds:N0} lines/s | {took.TotalSeconds:N0} s | {Environment.WorkingSet / 1024 / 1024:N0} MB (peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MB) |");
    }
}
