using System.Buffers.Binary;
using System.IO.Hashing;
using Microsoft.Extensions.Options;

namespace Tapbridge.Modules.Showcase.Links;

/// <summary>
/// This instance's click segments: append-only files of hashed clicks (<see cref="LinkClick.WriteTo"/>), each written whole
/// as <c>.part</c>, fsynced and renamed to <c>.clicks</c> (the folder fsynced too, so the name survives), then deleted once
/// stored. Names sort by time of writing. Each record carries its length and a CRC-32, so the torn end of a <c>.part</c>
/// left by a power cut is recognised and the records before it are kept.
/// </summary>
internal sealed class ClickSegments
{
    private const string Sealed = ".clicks";
    private const string Open = ".part";
    private long written;

    public ClickSegments(IOptions<LinkSettings> settings, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(environment);
        Folder = Path.GetFullPath(settings.Value.ClickFolder, environment.ContentRootPath);
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    /// <summary>Segments left by an earlier run of this instance, oldest first (a <c>.part</c> is one a crash interrupted).</summary>
    public IReadOnlyList<string> Left() =>
        [.. Directory.EnumerateFiles(Folder, "*" + Sealed).Concat(Directory.EnumerateFiles(Folder, "*" + Open)).Order(StringComparer.Ordinal)];

    /// <summary>Writes and fsyncs one segment; when this returns, the clicks survive a crash of the process or the machine.</summary>
    public string Write(IReadOnlyCollection<LinkClick> clicks, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(clicks);
        using var buffer = new MemoryStream(clicks.Count * 160);
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            foreach (var click in clicks)
            {
                var start = buffer.Position;
                writer.Write(0);
                click.WriteTo(writer);
                var end = buffer.Position;
                var record = buffer.GetBuffer().AsSpan((int)start + sizeof(int), (int)(end - start) - sizeof(int));
                writer.Write(Crc32.HashToUInt32(record));
                buffer.Position = start;
                writer.Write(record.Length);
                buffer.Position = end + sizeof(uint);
            }
        }

        var name = Path.Combine(Folder, $"{now.UtcTicks:D19}-{Interlocked.Increment(ref written):D9}");
        using (var file = new FileStream(name + Open, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0))
        {
            file.Write(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            file.Flush(flushToDisk: true);
        }

        File.Move(name + Open, name + Sealed);
        FolderSync.Flush(Folder);
        return name + Sealed;
    }

    /// <summary>The clicks of a segment, and whether it ended in a torn record (which is left out).</summary>
    public static (List<LinkClick> Clicks, bool Torn) Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var clicks = new List<LinkClick>(bytes.Length / 150);
        using var stream = new MemoryStream(bytes, writable: false);
        using var reader = new BinaryReader(stream);
        while (stream.Position < bytes.Length)
        {
            if (bytes.Length - stream.Position < sizeof(int) || reader.ReadInt32() is var length
                && (length <= 0 || length > bytes.Length - stream.Position - sizeof(uint)))
            {
                return (clicks, true);
            }

            var end = stream.Position + length;
            if (Crc32.HashToUInt32(bytes.AsSpan((int)stream.Position, length)) != BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan((int)end)))
            {
                return (clicks, true);
            }

            try
            {
                clicks.Add(LinkClick.ReadFrom(reader));
            }
            catch (Exception e) when (e is EndOfStreamException or InvalidDataException or FormatException or ArgumentException)
            {
                return (clicks, true);
            }

            if (stream.Position != end)
            {
                return (clicks, true);
            }

            stream.Position = end + sizeof(uint);
        }

        return (clicks, false);
    }

    public static void Delete(string path) => File.Delete(path);

    /// <summary>Moves a segment the database refuses aside, to <c>refused/</c>, where it waits for a person instead of blocking the others.</summary>
    public void SetAside(string path)
    {
        var refused = Directory.CreateDirectory(Path.Combine(Folder, "refused")).FullName;
        File.Move(path, Path.Combine(refused, Path.GetFileName(path)), overwrite: true);
    }
}
