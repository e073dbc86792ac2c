using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tapbridge.Modules.Orders.Import;
using Tapbridge.Platform.Auth;
using Tapbridge.Platform.Csv;
using Tapbridge.Platform.Data;
using Tapbridge.Platform.Startup;
using Tapbridge.Tests.Infrastructure;

namespace Tapbridge.Tests.Modules.Orders;

/// <summary>An import cut short (the server stopped, the request was dropped) stays on record with what it stored.</summary>
public abstract class InterruptedImportTests<TApp>(TApp fixture) : AppTests(fixture)
    where TApp : TapbridgeApp, IClockedApp
{
    private const int FileRows = 60_000;

    [Fact]
    public async Task An_import_cut_short_is_shown_interrupted_with_the_rows_it_stored_and_the_same_file_then_imports_the_rest()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var finance = await App.CreateStaffAsync(Roles.Finance);
        var api = App.WithToken(await (await App.SignInAsync(finance)).IssueTokenAsync());
        var file = LargeFile();
        using var cut = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var importing = ImportDirectlyAsync(finance, file, cut.Token);

        var stored = await FirstBatchStoredAsync(cancellationToken);
        await cut.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(importing);

        var cutShort = await ImportOfAsync(api, stored.Id);
        cutShort.Status.ShouldBe(OrderImportStatus.Interrupted, "a cancelled import says so at once, not after minutes of silence");
        cutShort.Rows.ShouldBeInRange(1, FileRows - 1);
        cutShort.New.ShouldBe(cutShort.Rows);
        cutShort.FinishedAt.ShouldBeNull();

        var again = await UploadAsync(api, file);
        again.StatusCode.ShouldBe(HttpStatusCode.Created, "an interrupted import is not a reason to refuse the file as already imported");
        var rest = (await again.Content.ReadFromJsonAsync<OrderImportView>(cancellationToken))!;
        (rest.Status, rest.Rows, rest.Failed, rest.New + rest.Unchanged).ShouldBe((OrderImportStatus.Finished, FileRows, 0, FileRows));
        rest.Unchanged.ShouldBeGreaterThanOrEqualTo(cutShort.Rows, "the rows stored before the cut are recognised, not counted again");
    }

    [Fact]
    public async Task A_start_removes_the_uploaded_files_a_killed_import_left_behind()
    {
        var leftover = Path.Combine(Path.GetTempPath(), CsvUpload.FilePattern.Replace("*", Guid.NewGuid().ToString("N"), StringComparison.Ordinal));
        await File.WriteAllTextAsync(leftover, "Order ID\n", TestContext.Current.CancellationToken);

        await using var scope = App.Scope();
        foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>().OrderBy(t => t.Order))
        {
            await task.RunAsync(TestContext.Current.CancellationToken);
        }

        File.Exists(leftover).ShouldBeFalse();
    }

    private async Task ImportDirectlyAsync(string financeEmail, byte[] file, CancellationToken cancellationToken)
    {
        await using var scope = App.Scope();
        var finance = await scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>().Users.SingleAsync(u => u.Email == financeEmail, cancellationToken);
        var actor = new Actor(finance.Id, finance.OrganizationId, OrganizationKind.Agency, finance.DisplayName, new HashSet<string> { Roles.Finance });
        await using var content = new MemoryStream(file);
        await scope.ServiceProvider.GetRequiredService<OrderImports>().ImportAsync(actor, "PH", "big-earnings.csv", content, cancellationToken);
    }

    private async Task<OrderImport> FirstBatchStoredAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var scope = App.Scope();
            var db = scope.ServiceProvider.GetRequiredService<TapbridgeDbContext>();
            if (await db.Set<OrderImport>().AsNoTracking().FirstOrDefaultAsync(i => i.FileName == "big-earnings.csv" && i.Rows > 0, cancellationToken) is { } import)
            {
                return import;
            }

            await Task.Delay(20, cancellationToken);
        }
    }

    private static async Task<OrderImportView> ImportOfAsync(HttpClient api, Guid id) =>
        (await api.GetFromJsonAsync<List<OrderImportView>>("/api/v1/agency/orders/imports"))!.Single(i => i.Id == id);

    private static byte[] LargeFile()
    {
        var orders = Random.Shared.NextInt64(1_000_000_000, 9_000_000_000);
        var text = new StringBuilder(EarningsCsvTests.Header).Append('\n');
        for (var row = 0; row < FileRows; row++)
        {
            text.Append(EarningsCsvTests.Good.Replace("578123456789012345", $"56{orders:D10}{row:D6}", StringComparison.Ordinal)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] bytes)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent("PH"), "market");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "big-earnings.csv");
        return await client.PostAsync("/api/v1/agency/orders/imports", form);
    }
}

/// <summary>An import killed with its server records nothing more: its silence tells that it stopped.</summary>
public sealed class OrderImportStatusTests
{
    [Fact]
    public void An_import_silent_for_longer_than_a_batch_can_take_is_interrupted_and_one_that_finished_is_finished()
    {
        var start = new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);
        var import = OrderImport.Start("PH", "earnings.csv", "hash", "Finance", start);
        import.Progress(5_000, Tapbridge.Modules.Orders.Ingestion.IngestReport.Empty, [], 0, start.AddSeconds(30));
        import.StatusAt(start.AddSeconds(30) + OrderImport.SilentWhenInterrupted).ShouldBe(OrderImportStatus.Importing, "a batch may still be running");
        import.StatusAt(start.AddSeconds(31) + OrderImport.SilentWhenInterrupted).ShouldBe(OrderImportStatus.Interrupted);
        import.Finish(10_000, Tapbridge.Modules.Orders.Ingestion.IngestReport.Empty, [], 0, start.AddHours(1));
        import.StatusAt(start.AddDays(1)).ShouldBe(OrderImportStatus.Finished);
    }
}

public sealed class InterruptedImportTestsOnSqlite(ClockedApp app) : InterruptedImportTests<ClockedApp>(app), IClassFixture<ClockedApp>;

public sealed class InterruptedImportTestsOnPostgres(ClockedPostgresApp app) : InterruptedImportTests<ClockedPostgresApp>(app), IClassFixture<ClockedPostgresApp>;
