using System.Diagnostics;
using Tapbridge.Platform;
using Tapbridge.Platform.Data;
using Microsoft.Extensions.Configuration;

namespace Tapbridge.Tests.Platform;

public sealed class ConfigurationTests
{
    [Theory]
    [InlineData("Oracle", null, "Database:Provider 'Oracle' is not supported; use Sqlite or Postgres.")]
    [InlineData("Postgres", null, "ConnectionStrings:Tapbridge is required when Database:Provider is Postgres.")]
    [InlineData("Postgres", "Hots=db;Database=x", "ConnectionStrings:Tapbridge is not a valid PostgreSQL connection string")]
    [InlineData("Sqlite", "Data Sourc=x.db", "ConnectionStrings:Tapbridge is not a valid SQLite connection string")]
    public void Bad_database_settings_are_named_in_one_sentence(string provider, string? connectionString, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Tapbridge"] = connectionString,
        }).Build();

        Should.Throw<InvalidConfigurationException>(() => DatabaseSettings.Read(configuration, Path.GetTempPath())).Message.ShouldStartWith(expected);
    }

    [Fact]
    public void A_relative_sqlite_file_lives_under_the_content_root()
    {
        var root = Path.Combine(Path.GetTempPath(), "tb-root-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Tapbridge"] = "Data Source=data/x.db" }).Build();

        var settings = DatabaseSettings.Read(configuration, root);

        settings.Provider.ShouldBe(DatabaseProvider.Sqlite);
        settings.ConnectionString.ShouldContain(Path.Combine(root, "data", "x.db"));
        Directory.Exists(Path.Combine(root, "data")).ShouldBeTrue();
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task The_migrate_command_applies_migrations_and_exits()
    {
        var db = Path.Combine(Path.GetTempPath(), $"tb-migrate-{Guid.NewGuid():N}.db");
        var (exitCode, stdout, _) = await RunAsync(["migrate"], new() { ["ConnectionStrings__Tapbridge"] = $"Data Source={db}" });

        exitCode.ShouldBe(0);
        stdout.ShouldContain("Database migrated.");
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM __EFMigrationsHistory";
        Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        connection.Close();
        File.Delete(db);
    }

    [Theory]
    [InlineData("Commissions__HoldDays", "500", "Commissions:HoldDays must be 0 to 90 days.")]
    [InlineData("Orders__PollMinutes", "0", "Orders:PollMinutes must be 0.1 to 1,440 minutes.")]
    [InlineData("Payouts__PrepareDaysBefore", "40", "Payouts:PrepareDaysBefore must be 0 to 27 days.")]
    [InlineData("Mail__SmtpPort", "70000", "Mail:SmtpPort must be a port number, 1 to 65,535.")]
    [InlineData("App__PublicUrl", "ftp://tapbridge.example",
        "App:PublicUrl 'ftp://tapbridge.example' must be an absolute http:// or https:// address without a query, such as https://app.example.com.")]
    [InlineData("Agency__Markets__0", "XX", "Agency:Markets has 'XX', not a market Tapbridge supports (VN, PH, TH, ID, MY, SG, US).")]
    [InlineData("Pdf__FontFolder", "/no/such/fonts", "Pdf:FontFolder '/no/such/fonts' is not a folder.")]
    [InlineData("Payouts__PayingAccounts__PH__Bic", "BANK 1",
        "Payouts:PayingAccounts:PH:Bic 'BANK 1' must be a SWIFT/BIC code of 8 or 11 letters and digits.")]
    [InlineData("Payouts__PayingAccounts__ZZ__Name", "Sunrise", "Payouts:PayingAccounts:ZZ is not a market Tapbridge supports.")]
    public async Task A_setting_out_of_its_range_stops_start_up_with_a_line_naming_it(string key, string value, string expected)
    {
        var db = Path.Combine(Path.GetTempPath(), $"tb-settings-{Guid.NewGuid():N}.db");
        var (exitCode, _, stderr) = await RunAsync(["migrate"], new() { ["ConnectionStrings__Tapbridge"] = $"Data Source={db}", [key] = value });

        (exitCode, stderr.Trim()).ShouldBe((2, $"Tapbridge cannot start: {expected}"));
        File.Exists(db).ShouldBeFalse("nothing was written before the settings were checked");
    }

    [Theory]
    [InlineData(new[] { "--urls", "http://127.0.0.1:6100" }, null, new[] { "--urls", "http://127.0.0.1:6100" })]
    [InlineData(new[] { "--urls=http://127.0.0.1:6100" }, null, new[] { "--urls=http://127.0.0.1:6100" })]
    [InlineData(new[] { "/urls", "http://x" }, null, new[] { "/urls", "http://x" })]
    [InlineData(new[] { "Demo:Enabled=false" }, null, new[] { "Demo:Enabled=false" })]
    [InlineData(new[] { "migrate", "--urls", "http://x" }, "migrate", new[] { "--urls", "http://x" })]
    [InlineData(new[] { "--environment", "Production", "migrate" }, null, new[] { "--environment", "Production", "migrate" })]
    public void Only_a_first_bare_word_is_a_command_and_every_standard_host_argument_passes_through(string[] args, string? command, string[] host)
    {
        var (actualCommand, hostArguments) = Tapbridge.Platform.Startup.CommandLine.Split(args);

        actualCommand.ShouldBe(command);
        hostArguments.ShouldBe(host);
    }

    [Fact]
    public async Task Started_with_urls_as_a_standard_argument_it_serves_there()
    {
        var db = Path.Combine(Path.GetTempPath(), $"tb-urls-{Guid.NewGuid():N}.db");
        var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var start = Start(["--urls", $"http://127.0.0.1:{port}"], new() { ["ConnectionStrings__Tapbridge"] = $"Data Source={db}" });
        using var process = Process.Start(start)!;
        using var http = new HttpClient();
        var live = false;
        for (var attempt = 0; attempt < 120 && !live && !process.HasExited; attempt++)
        {
            try
            {
                live = (await http.GetAsync($"http://127.0.0.1:{port}/health/live", TestContext.Current.CancellationToken)).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(500, TestContext.Current.CancellationToken);
            }
        }

        var exited = process.HasExited;
        process.Kill(entireProcessTree: true);
        exited.ShouldBeFalse(process.HasExited ? await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken) : "");
        live.ShouldBeTrue();
        File.Delete(db);
    }

    [Theory]
    [InlineData("Database__Provider", "Mongo", 2, "Tapbridge cannot start: Database:Provider 'Mongo' is not supported")]
    [InlineData("ConnectionStrings__Tapbridge", "Data Sourc=oops", 2, "Tapbridge cannot start: ConnectionStrings:Tapbridge is not a valid SQLite connection string")]
    [InlineData("Database__MigrateOnStartup", "perhaps", 2,
        "Tapbridge cannot start: Database:MigrateOnStartup 'perhaps' must be true or false.")]
    [InlineData("DataProtection__CertificatePath", "/no/such.pfx", 2,
        "Tapbridge cannot start: DataProtection:CertificatePath '/no/such.pfx' is not a file.")]
    public async Task The_process_ends_with_one_clear_line_and_a_non_zero_exit_code(string variable, string value, int exitCode, string line)
    {
        var (actualExitCode, _, stderr) = await RunAsync([], new() { [variable] = value });

        actualExitCode.ShouldBe(exitCode);
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem().ShouldStartWith(line);
    }

    /// <summary>Runs the built product as an operator would, outside the test host.</summary>
    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string[] args, Dictionary<string, string> environment)
    {
        using var process = Process.Start(Start(args, environment))!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout, await stderr);
    }

    private static ProcessStartInfo Start(string[] args, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Tapbridge.dll"), .. args])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }
}
