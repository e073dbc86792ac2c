using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Tapbridge.Platform.Data;

/// <summary>
/// Writes many rows of one mapped entity type inside the context's current transaction, without the change tracker:
/// prepared statements on SQLite's own handle, binary COPY on PostgreSQL, and version-checked updates. Columns, names
/// and value conversions come from the EF model, so rows are stored exactly as EF would store them. The change
/// tracker and the ADO.NET parameter binding cost far more than the database for append-heavy work such as order
/// ingestion (see docs/benchmarks.md). Failures surface as <see cref="DbUpdateException"/> (a lost version check as
/// <see cref="DbUpdateConcurrencyException"/>), so <see cref="DbConflicts.IsConflict"/> and the retries built on it
/// treat them like EF's own.
/// </summary>
public static class BulkRows
{
    private static readonly ConcurrentDictionary<(IEntityType, IEntityType?), BulkTable> Tables = new();

    public static Task InsertAsync<T>(DbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken) where T : class =>
        InsertAsync(db, TableOf<T>(db), rows, cancellationToken);

    /// <summary>
    /// Inserts rows of a table that two entity types share (EF table splitting): each row holds a principal and its
    /// dependent, written as one row.
    /// </summary>
    public static Task InsertAsync<TPrincipal, TDependent>(DbContext db, IReadOnlyCollection<(TPrincipal Principal, TDependent Dependent)> rows, CancellationToken cancellationToken)
        where TPrincipal : class where TDependent : class
    {
        ArgumentNullException.ThrowIfNull(rows);
        return InsertAsync(db, TableOf<TPrincipal, TDependent>(db), [.. rows.Select(r => new SharedRow(r.Principal, r.Dependent))], cancellationToken);
    }

    private static async Task InsertAsync<T>(DbContext db, BulkTable table, IReadOnlyCollection<T> rows, CancellationToken cancellationToken) where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        try
        {
            switch (Connection(db))
            {
                case SqliteConnection sqlite:
                    SqliteBulk.Insert(sqlite, table, rows);
                    break;
                case NpgsqlConnection postgres:
                    await PostgresBulk.CopyAsync(postgres, table, rows, cancellationToken);
                    break;
            }
        }
        catch (DbException e)
        {
            throw new DbUpdateException($"Writing {rows.Count} rows to {table.Name} failed: {e.Message}", e);
        }
    }

    /// <summary>
    /// Updates every column of each row where its key and its concurrency token still hold the values read (a null token:
    /// where the token is null, as in a shared row whose dependent is written for the first time).
    /// </summary>
    public static async Task UpdateAsync<T>(DbContext db, IReadOnlyCollection<(T Row, object? Token)> rows, CancellationToken cancellationToken) where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        var table = TableOf<T>(db);
        var updated = 0;
        try
        {
            updated = Connection(db) switch
            {
                SqliteConnection sqlite => SqliteBulk.Update(sqlite, table, rows),
                NpgsqlConnection postgres => await PostgresBulk.UpdateAsync(postgres, db.Database.CurrentTransaction!.GetDbTransaction(), table, rows, cancellationToken),
                _ => 0,
            };
        }
        catch (DbException e)
        {
            throw new DbUpdateException($"Updating {table.Name} failed: {e.Message}", e);
        }

        if (updated != rows.Count)
        {
            throw new DbUpdateConcurrencyException($"{rows.Count - updated} of {rows.Count} rows of {table.Name} changed since they were read.");
        }
    }

    private static DbConnection Connection(DbContext db)
    {
        _ = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Bulk writes belong inside the caller's transaction.");
        var connection = db.Database.GetDbConnection();
        return connection is SqliteConnection or NpgsqlConnection ? connection : throw new NotSupportedException($"No bulk writer for {connection.GetType().Name}.");
    }

    private static BulkTable TableOf<T>(DbContext db) =>
        Tables.GetOrAdd((EntityType<T>(db), null), key => BulkTable.Of(key.Item1, db.GetService<ISqlGenerationHelper>()));

    private static BulkTable TableOf<TPrincipal, TDependent>(DbContext db) =>
        Tables.GetOrAdd((EntityType<TPrincipal>(db), EntityType<TDependent>(db)), key => BulkTable.Shared(key.Item1, key.Item2!, db.GetService<ISqlGenerationHelper>()));

    private static IEntityType EntityType<T>(DbContext db) =>
        db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
}

/// <summary>One row of a shared table: the principal's columns and its dependent's.</summary>
internal sealed record SharedRow(object Principal, object Dependent);

/// <summary>One entity type's table as the EF model maps it: delimited names, and each column's value as the database stores it.</summary>
internal sealed record BulkTable(string Name, IReadOnlyList<BulkColumn> Columns)
{
    public string ColumnList => string.Join(", ", Columns.Select(c => c.Name));

    public BulkColumn Token => Columns.SingleOrDefault(c => c.Property.IsConcurrencyToken)
        ?? throw new InvalidOperationException($"{Name} has no concurrency token to check updates against.");

    /// <summary>
    /// UPDATE of every non-key column, where the key matches and the token is (null-safe, by <paramref name="isToken"/>:
    /// SQLite's IS, PostgreSQL's IS NOT DISTINCT FROM) the one read; parameters are numbered by column, the token's last.
    /// </summary>
    public string UpdateSql(Func<int, string> parameter, string isToken) =>
        $"UPDATE {Name} SET {string.Join(", ", Columns.Select((c, i) => (c, i)).Where(x => !x.c.Property.IsPrimaryKey()).Select(x => $"{x.c.Name} = {parameter(x.i)}"))} " +
        $"WHERE {string.Join(" AND ", Columns.Select((c, i) => (c, i)).Where(x => x.c.Property.IsPrimaryKey()).Select(x => $"{x.c.Name} = {parameter(x.i)}"))} AND {Token.Name} {isToken} {parameter(Columns.Count)}";

    public static BulkTable Of(IEntityType entityType, ISqlGenerationHelper sql)
    {
        var store = Store(entityType);
        return new(sql.DelimitIdentifier(store.Name, store.Schema), [.. ColumnsOf(entityType, store, sql, ofDependent: false)]);
    }

    /// <summary>A table two entity types share: the principal's columns, then the dependent's that are not the principal's (its key).</summary>
    public static BulkTable Shared(IEntityType principal, IEntityType dependent, ISqlGenerationHelper sql)
    {
        var store = Store(principal);
        var columns = ColumnsOf(principal, store, sql, ofDependent: false).ToList();
        columns.AddRange(ColumnsOf(dependent, store, sql, ofDependent: true).Where(d => columns.All(c => c.Name != d.Name)));
        return new(sql.DelimitIdentifier(store.Name, store.Schema), columns);
    }

    private static StoreObjectIdentifier Store(IEntityType entityType) => StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());

    /// <summary>
    /// The entity's own properties and its complex types': shadow properties have no value on the object, and the only
    /// ones here are EF's copies of a table-sharing partner's concurrency token, which that partner writes itself.
    /// </summary>
    private static IEnumerable<BulkColumn> ColumnsOf(IEntityType entityType, StoreObjectIdentifier store, ISqlGenerationHelper sql, bool ofDependent) =>
        entityType.GetProperties().Where(p => !p.IsShadowProperty())
            .Concat(entityType.GetComplexProperties().SelectMany(p => p.ComplexType.GetProperties()))
            .Select(p => new BulkColumn(p, sql.DelimitIdentifier(p.GetColumnName(store)!), p.GetRelationalTypeMapping(), ofDependent));
}

internal sealed record BulkColumn(IProperty Property, string Name, RelationalTypeMapping Mapping, bool OfDependent)
{
    private readonly IClrPropertyGetter getter = Property.GetGetter();

    public object? Value(object row) =>
        Convert(getter.GetClrValueUsingContainingEntity(row is SharedRow shared ? OfDependent ? shared.Dependent : shared.Principal : row));

    public object? Convert(object? value) => value is null ? null : Mapping.Converter?.ConvertToProvider(value) ?? value;
}
