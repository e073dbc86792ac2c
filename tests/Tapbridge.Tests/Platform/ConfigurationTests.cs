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

    [Theory]
    [InlineData("Database__Provider", "Mongo", 2, "Tapbridge cannot start: Database:Provider 'Mongo' is not supported")]
    [InlineData("ConnectionStrings__Tapbridge", "Data Sourc=oops", 2, "Tapbridge cannot start: ConnectionStrings:Tapbridge is not a valid SQLite connection string")]
    public async Task The_process_ends_with_one_clear_line_and_a_non_zero_exit_code(string variable, string value, int exitCode, string line)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Tapbridge.dll")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment[variable] = value;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        process.ExitCode.ShouldBe(exitCode);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldHaveSingleItem().ShouldStartWith(line);
    }
}
