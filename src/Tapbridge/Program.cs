using Microsoft.Extensions.Options;
using Tapbridge;
using Tapbridge.Modules.Commissions.Totals;
using Tapbridge.Platform;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Startup;

var (command, hostArguments) = CommandLine.Split(args);
var builder = WebApplication.CreateBuilder(hostArguments);
try
{
    builder.AddPlatform();
}
catch (InvalidConfigurationException e)
{
    await Console.Error.WriteLineAsync($"Tapbridge cannot start: {e.Message}");
    return 2;
}

builder.AddModules();

var app = builder.Build();
try
{
    Settings.Validate(app.Services);
}
catch (OptionsValidationException e)
{
    await Console.Error.WriteLineAsync($"Tapbridge cannot start: {string.Join(" ", e.Failures)}");
    return 2;
}

try
{
    switch (command)
    {
        case "migrate":
            await app.PrepareAsync(migrate: true);
            Console.WriteLine("Database migrated.");
            return 0;
        case "rebuild-totals":
            await app.PrepareAsync(migrate: true);
            await app.Services.GetRequiredService<TotalsRebuild>().RunAsync(CancellationToken.None);
            Console.WriteLine("Totals rebuilt from the order lines and the ledger.");
            return 0;
        case null:
            await app.PrepareToServeAsync(migrate: app.Services.GetRequiredService<DatabaseSettings>().MigrateOnStartup);
            break;
        default:
            await Console.Error.WriteLineAsync($"Tapbridge: unknown command '{command}'. Commands: migrate, rebuild-totals (or none, to serve).");
            return 2;
    }
}
catch (Exception e) when (e is System.Data.Common.DbException or TimeoutException || e.InnerException is System.Data.Common.DbException)
{
    await Console.Error.WriteLineAsync($"Tapbridge cannot reach its database: {(e.InnerException ?? e).Message}");
    return 3;
}

app.UsePlatform();
app.MapPlatform();
app.MapModules();
await app.RunAsync();
return 0;

/// <summary>The host's entry point; public so tests can start it with WebApplicationFactory.</summary>
public partial class Program;
