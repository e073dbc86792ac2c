using System.Security.Cryptography;
using System.Text;

namespace Tapbridge.Platform.Csv;

/// <summary>
/// An uploaded file copied to a temporary file as it arrives, with its SHA-256 and its text encoding checked over every
/// byte. The import then reads it row by row, so memory does not grow with the file, and a file in the wrong encoding
/// is refused before a single row is stored.
/// </summary>
public sealed class CsvUpload : IAsyncDisposable
{
    /// <summary>Spooled uploads are named so, in the temporary folder, for <see cref="CsvUploadLeftovers"/> to find.</summary>
    internal const string FilePattern = "tapbridge-import-*.csv";

    private readonly FileStream file;
    private readonly Encoding encoding;

    private CsvUpload(FileStream file, string hash, Encoding encoding) => (this.file, Hash, this.encoding) = (file, hash, encoding);

    public string Hash { get; }

    public static async Task<CsvUpload> SpoolAsync(Stream source, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var file = new FileStream(Path.Combine(Path.GetTempPath(), FilePattern.Replace("*", $"{Guid.NewGuid():N}", StringComparison.Ordinal)), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
            1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[1 << 16];
            var chars = new char[buffer.Length + 4];
            Decoder? decoder = null;
            Encoding? encoding = null;
            long offset = 0;
            int read;
            while ((read = await ReadAsync(source, buffer, offset == 0 ? 4 : buffer.Length, cancellationToken)) > 0)
            {
                RuleViolationException.Require<PlatformRules>(offset + read <= maxBytes, "file", "Csv.TooLarge", maxBytes / 1024 / 1024);
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                var skip = 0;
                if (encoding is null)
                {
                    (encoding, skip) = Detect(buffer.AsSpan(0, read));
                    decoder = encoding.GetDecoder();
                }

                Validate(decoder!, buffer.AsSpan(skip, read - skip), chars, offset + skip, flush: false);
                offset += read;
            }

            RuleViolationException.Require<PlatformRules>(offset > 0, "file", "Csv.Empty");
            Validate(decoder!, [], chars, offset, flush: true);
            file.Position = 0;
            return new CsvUpload(file, Convert.ToHexStringLower(hash.GetHashAndReset()), encoding!);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    /// <summary>The text from the start, without its byte-order mark.</summary>
    public TextReader OpenText()
    {
        file.Position = 0;
        return new StreamReader(file, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
    }

    public ValueTask DisposeAsync() => file.DisposeAsync();

    /// <summary>Reads at least <paramref name="atLeast"/> bytes unless the stream ends first (the first read must see a whole byte-order mark).</summary>
    private static async Task<int> ReadAsync(Stream source, byte[] buffer, int atLeast, CancellationToken cancellationToken) =>
        await source.ReadAtLeastAsync(buffer.AsMemory(0, buffer.Length), Math.Min(atLeast, buffer.Length), throwOnEndOfStream: false, cancellationToken);

    private static (Encoding Encoding, int Skip) Detect(ReadOnlySpan<byte> start) => start switch
    {
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: true, throwOnInvalidBytes: true), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: true, throwOnInvalidBytes: true), 2),
        [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), 3),
        _ => (new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), 0),
    };

    private static void Validate(Decoder decoder, ReadOnlySpan<byte> bytes, char[] chars, long offset, bool flush)
    {
        try
        {
            decoder.Convert(bytes, chars, flush, out _, out _, out _);
        }
        catch (DecoderFallbackException e)
        {
            throw RuleViolationException.Say<PlatformRules>("Csv.NotUtf8", "file", offset + Math.Max(0, e.Index));
        }
    }
}
