using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Tapbridge.Platform.Data;

/// <summary>
/// SQLite's side of <see cref="BulkRows"/>: one prepared statement per call on the connection's own handle, values
/// bound by position. Microsoft.Data.Sqlite binds each parameter by name on every execution, which costs more than
/// SQLite's insert itself. Values are bound as Microsoft.Data.Sqlite binds them (GUIDs as upper-case text, dates as
/// ISO text), so EF reads and queries them as its own.
/// </summary>
internal static class SqliteBulk
{
    public static void Insert<T>(SqliteConnection connection, BulkTable table, IEnumerable<T> rows) where T : class
    {
        var sql = $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({string.Join(", ", table.Columns.Select(_ => "?"))})";
        var text = new TextBuffer();
        Run(connection, sql, rows, (statement, row) =>
        {
            for (var i = 0; i < table.Columns.Count; i++)
            {
                Bind(statement, i + 1, table.Columns[i].Value(row), text);
            }
        });
    }

    public static int Update<T>(SqliteConnection connection, BulkTable table, IEnumerable<(T Row, object? Token)> rows) where T : class
    {
        var token = table.Token;
        var text = new TextBuffer();
        return Run(connection, table.UpdateSql(i => $"?{i + 1}", "IS"), rows, (statement, row) =>
        {
            for (var i = 0; i < table.Columns.Count; i++)
            {
                Bind(statement, i + 1, table.Columns[i].Value(row.Row), text);
            }

            Bind(statement, table.Columns.Count + 1, token.Convert(row.Token), text);
        });
    }

    private static int Run<TRow>(SqliteConnection connection, string sql, IEnumerable<TRow> rows, Action<sqlite3_stmt, TRow> bind)
    {
        var db = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(db, sql, out var statement), db);
        using (statement)
        {
            var changed = 0;
            foreach (var row in rows)
            {
                bind(statement, row);
                var rc = raw.sqlite3_step(statement);
                raw.sqlite3_reset(statement);
                if (rc != raw.SQLITE_DONE)
                {
                    Check(rc, db);
                }

                changed += raw.sqlite3_changes(db);
            }

            return changed;
        }
    }

    private static void Check(int rc, sqlite3 db) => SqliteException.ThrowExceptionForRC(rc, db);

    private static void Bind(sqlite3_stmt statement, int index, object? value, TextBuffer text)
    {
        var rc = value switch
        {
            null => raw.sqlite3_bind_null(statement, index),
            string s => raw.sqlite3_bind_text(statement, index, text.Of(s)),
            long l => raw.sqlite3_bind_int64(statement, index, l),
            int i => raw.sqlite3_bind_int64(statement, index, i),
            short s => raw.sqlite3_bind_int64(statement, index, s),
            bool b => raw.sqlite3_bind_int64(statement, index, b ? 1 : 0),
            double d => raw.sqlite3_bind_double(statement, index, d),
            Guid g => raw.sqlite3_bind_text(statement, index, text.Of(g)),
            DateOnly d => raw.sqlite3_bind_text(statement, index, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            byte[] b => raw.sqlite3_bind_blob(statement, index, b),
            _ => throw new NotSupportedException($"Bulk writes to SQLite do not bind {value.GetType().Name} values; map the property to a supported type."),
        };
        if (rc != raw.SQLITE_OK)
        {
            throw new InvalidOperationException($"SQLite refused parameter {index} ({rc}).");
        }
    }

    /// <summary>UTF-8 of one value at a time, in a buffer kept for the whole call (SQLite copies what is bound).</summary>
    private sealed class TextBuffer
    {
        private byte[] bytes = new byte[256];

        public ReadOnlySpan<byte> Of(string s)
        {
            var needed = Encoding.UTF8.GetMaxByteCount(s.Length);
            if (needed > bytes.Length)
            {
                bytes = new byte[Math.Max(needed, bytes.Length * 2)];
            }

            return bytes.AsSpan(0, Encoding.UTF8.GetBytes(s, bytes));
        }

        /// <summary>As Microsoft.Data.Sqlite writes a GUID: upper-case hex with hyphens.</summary>
        public ReadOnlySpan<byte> Of(Guid g)
        {
            g.TryFormat(bytes, out var written, "D");
            var span = bytes.AsSpan(0, written);
            for (var i = 0; i < span.Length; i++)
            {
                if (span[i] is >= (byte)'a' and <= (byte)'f')
                {
                    span[i] -= 'a' - 'A';
                }
            }

            return span;
        }
    }
}
