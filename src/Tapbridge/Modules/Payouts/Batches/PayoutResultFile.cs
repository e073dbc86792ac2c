using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Tapbridge.Platform;

namespace Tapbridge.Modules.Payouts.Batches;

/// <summary>
/// The bank's result file as Tapbridge reads it: a CSV with a header naming <c>reference</c> (as on the bank file),
/// <c>status</c> (paid or failed; success, ok and rejected are understood too) and <c>reason</c> (required for a
/// failure). Columns are found by name in any order; other columns are ignored.
/// </summary>
internal static class PayoutResultFile
{
    public const int MaxRows = 20_000;

    public sealed record Row(int Number, string Reference, bool? Paid, string? Reason);

    public static async Task<IReadOnlyList<Row>> ReadAsync(Stream file, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(file, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(), MissingFieldFound = null });
        try
        {
            RuleViolationException.Require<PayoutsRules>(await csv.ReadAsync() && csv.ReadHeader(), "file", "ResultFile.Empty");
            var header = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToList();
            RuleViolationException.Require<PayoutsRules>(header.Contains("reference") && header.Contains("status"), "file", "ResultFile.Columns", string.Join(", ", header));
            var rows = new List<Row>();
            while (await csv.ReadAsync())
            {
                cancellationToken.ThrowIfCancellationRequested();
                RuleViolationException.Require<PayoutsRules>(rows.Count < MaxRows, "file", "ResultFile.TooManyRows", MaxRows);
                var status = csv.GetField("status")?.Trim().ToLowerInvariant();
                rows.Add(new Row(csv.Parser.Row, csv.GetField("reference")?.Trim() ?? "", status switch
                {
                    "paid" or "success" or "successful" or "ok" => true,
                    "failed" or "failure" or "rejected" or "returned" => false,
                    _ => null,
                }, header.Contains("reason") ? csv.GetField("reason") : null));
            }

            return rows;
        }
        catch (DecoderFallbackException)
        {
            throw RuleViolationException.Say<PayoutsRules>("ResultFile.NotUtf8", "file");
        }
    }

    /// <summary>The rows matched to the batch's lines, or the errors (row number, what is wrong) when any row does not match.</summary>
    public static (IReadOnlyList<(PayoutLine Line, bool Paid, string? Reason)> Matched, IReadOnlyList<RuleViolationException> Errors) Match(IReadOnlyList<Row> rows, string batchReference, IReadOnlyList<PayoutLine> lines)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(lines);
        var byReference = lines.ToDictionary(l => $"{batchReference}-{l.Number}", StringComparer.OrdinalIgnoreCase);
        var matched = new List<(PayoutLine, bool, string?)>();
        var errors = new List<RuleViolationException>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            if (!byReference.TryGetValue(row.Reference, out var line))
            {
                errors.Add(RowError("ResultFile.Row.NotALine", row.Number, row.Reference, batchReference));
            }
            else if (!seen.Add(row.Reference))
            {
                errors.Add(RowError("ResultFile.Row.Twice", row.Number, row.Reference));
            }
            else if (row.Paid is not { } paid)
            {
                errors.Add(RowError("ResultFile.Row.Status", row.Number));
            }
            else if (!paid && string.IsNullOrWhiteSpace(row.Reason))
            {
                errors.Add(RowError("ResultFile.Row.NoReason", row.Number));
            }
            else if (line.Status is PayoutLineStatus.Paid or PayoutLineStatus.Failed && line.Status != (paid ? PayoutLineStatus.Paid : PayoutLineStatus.Failed))
            {
                errors.Add(RowError("ResultFile.Row.AlreadyRecorded", row.Number, row.Reference, line.Status.ToString().ToLowerInvariant()));
            }
            else
            {
                matched.Add((line, paid, row.Reason));
            }
        }

        return (matched, errors);
    }

    private static RuleViolationException RowError(string key, params object?[] values) => RuleViolationException.Say<PayoutsRules>(key, "file", values);
}
