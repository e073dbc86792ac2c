using System.Globalization;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Tapbridge.Platform.Mail;

/// <summary>The local mail folder used when no SMTP server is configured.</summary>
public sealed class MailFolder(IOptions<MailSettings> options, IWebHostEnvironment environment, TimeProvider clock)
{
    public string Path => System.IO.Path.GetFullPath(System.IO.Path.Combine(environment.ContentRootPath, options.Value.Folder));

    public async Task<string> WriteAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path);
        var name = string.Create(CultureInfo.InvariantCulture, $"{clock.GetUtcNow():yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml");
        var file = System.IO.Path.Combine(Path, name);
        await message.WriteToAsync(file, cancellationToken);
        return name;
    }

    public IReadOnlyList<StoredMail> List(int take)
    {
        if (!Directory.Exists(Path))
        {
            return [];
        }

        return Directory.EnumerateFiles(Path, "*.eml")
            .Select(f => new FileInfo(f))
            .OrderByDescending(f => f.Name, StringComparer.Ordinal)
            .Take(take)
            .Select(Read)
            .ToList();
    }

    public StoredMail? Find(string name)
    {
        if (name.IndexOfAny(System.IO.Path.GetInvalidFileNameChars()) >= 0 || !name.EndsWith(".eml", StringComparison.Ordinal))
        {
            return null;
        }

        var file = new FileInfo(System.IO.Path.Combine(Path, name));
        return file.Exists ? Read(file) : null;
    }

    private static StoredMail Read(FileInfo file)
    {
        var message = MimeMessage.Load(file.FullName);
        return new StoredMail(file.Name, message.To.ToString(), message.Subject ?? "", message.Date, message.TextBody ?? "");
    }
}

public sealed record StoredMail(string Name, string To, string Subject, DateTimeOffset SentAt, string Text);
