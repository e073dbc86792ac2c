using System.Data.Common;
using Npgsql;

namespace Tapbridge.Platform.Data;

/// <summary>PostgreSQL's side of <see cref="BulkRows"/>: inserts by binary COPY, updates as one batch of statements.</summary>
internal static class PostgresBulk
{
    public static async Task CopyAsync<T>(NpgsqlConnection connection, BulkTable table, IEnumerable<T> rows, CancellationToken cancellationToken) where T : class
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table.Name} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var column in table.Columns)
            {
                if (column.Value(row) is { } value)
                {
                    await importer.WriteAsync(value, column.Mapping.StoreTypeNameBase, cancellationToken);
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken);
    }

    public static async Task<int> UpdateAsync<T>(NpgsqlConnection connection, DbTransaction transaction, BulkTable table, IEnumerable<(T Row, object? Token)> rows, CancellationToken cancellationToken) where T : class
    {
        var sql = table.UpdateSql(i => $"${i + 1}", "IS NOT DISTINCT FROM");
        var token = table.Token;
        await using var batch = new NpgsqlBatch(connection, (NpgsqlTransaction)transaction);
        foreach (var (row, version) in rows)
        {
            var command = new NpgsqlBatchCommand(sql);
            foreach (var column in table.Columns)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = column.Value(row) ?? DBNull.Value });
            }

            command.Parameters.Add(new NpgsqlParameter { Value = token.Convert(version) ?? DBNull.Value });
            batch.BatchCommands.Add(command);
        }

        return await batch.ExecuteNonQueryAsync(cancellationToken);
    }
}
