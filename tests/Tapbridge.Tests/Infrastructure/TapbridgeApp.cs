using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Demo;

namespace Tapbridge.Tests.Infrastructure;

/// <summary>
/// Tapbridge started in-process over a real database: a fresh SQLite file, or a fresh database on the PostgreSQL
/// server named by TAPBRIDGE_TEST_POSTGRES. Each fixture instance gets its own database and mail folder.
/// </summary>
public abstract class TapbridgeApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly Dictionary<string, string?> settings = [];
    private string? postgresDatabase;

    protected TapbridgeApp(DatabaseProvider provider)
    {
        Provider = provider;
        Directory.CreateDirectory(WorkDirectory);
    }

    public DatabaseProvider Provider { get; }

    public string WorkDirectory { get; } = Path.Combine(Path.GetTempPath(), "tapbridge-tests", Guid.NewGuid().ToString("N"));

    public string MailFolder => Path.Combine(WorkDirectory, "mail");

    public string ClickFolder => Path.Combine(WorkDirectory, "clicks");

    public string? UnavailableReason { get; private set; }

    public string ConnectionString { get; private set; } = "";

    /// <summary>When set, replaces the app's clock (a test that moves time together with the sandbox's).</summary>
    protected TimeProvider? Clock { get; init; }

    /// <summary>Extra configuration for a fixture, applied before the host starts.</summary>
    protected void Set(string key, string? value) => settings[key] = value;

    public virtual async ValueTask InitializeAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            ConnectionString = $"Data Source={Path.Combine(WorkDirectory, "tapbridge.db")}";
        }
        else
        {
            var server = TestEnvironment.PostgresServer;
            if (server is null)
            {
                UnavailableReason = TestEnvironment.PostgresMissingMessage;
                return;
            }

            postgresDatabase = "tb_" + Guid.NewGuid().ToString("N")[..16];
            await using (var admin = new NpgsqlConnection(server))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {postgresDatabase}", admin);
                await create.ExecuteNonQueryAsync();
            }

            ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = postgresDatabase }.ConnectionString;
        }

        _ = Services;
        if (WaitsForDemoWorld)
        {
            var demo = Services.GetRequiredService<DemoReadiness>();
            await demo.WhenSettledAsync(CancellationToken.None);
            Assert.Null(demo.Failure);
        }
    }

    /// <summary>Whether start-up waits until the demo world (when enabled) is prepared in the background.</summary>
    protected virtual bool WaitsForDemoWorld => true;

    /// <summary>The running app, or a skip (when PostgreSQL is optional and absent) or a failure (when it is required).</summary>
    public TapbridgeApp Require()
    {
        if (UnavailableReason is not null)
        {
            Assert.SkipWhen(!TestEnvironment.PostgresRequired, UnavailableReason);
            Assert.Fail(UnavailableReason);
        }

        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Tapbridge", ConnectionString);
        builder.UseSetting("Mail:Folder", MailFolder);
        builder.UseSetting("Links:ClickFolder", ClickFolder);
        builder.UseSetting("App:PublicUrl", "http://localhost");
        builder.UseSetting("RateLimits:SignInPerMinute", "1000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    public new virtual async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (postgresDatabase is not null && TestEnvironment.PostgresServer is { } server)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {postgresDatabase} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finalizing connection; the OS temp cleaner takes it.
        }

        GC.SuppressFinalize(this);
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();
}

public sealed class SqliteApp() : TapbridgeApp(DatabaseProvider.Sqlite);

public sealed class PostgresApp() : TapbridgeApp(DatabaseProvider.Postgres);
