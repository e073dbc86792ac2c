using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Tapbridge.Platform.Data;

/// <summary>
/// Gives each SQLite connection a page cache of up to 64 MB instead of SQLite's 2 MB default: order ingestion touches
/// the order_lines indexes all over, and with the default cache it rereads their pages from the OS (ADR 14). The cache
/// fills only as pages are read, so an idle connection costs nothing. Temporary storage stays in memory: every insert
/// into order_lines fires the totals' triggers (ADR 23), and SQLite keeps a statement journal for such a statement.
/// </summary>
internal sealed class SqlitePageCache : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
