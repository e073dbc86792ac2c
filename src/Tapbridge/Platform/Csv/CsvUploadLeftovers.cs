using Tapbridge.Platform.Startup;

namespace Tapbridge.Platform.Csv;

/// <summary>
/// Removes the spooled uploads a crash left behind (a file is deleted when its import ends, but not when the process is
/// killed). Safe beside another instance's running import: on Linux the file goes only once its reader closes it, and
/// Windows refuses to delete a file that is open.
/// </summary>
internal sealed class CsvUploadLeftovers(ILogger<CsvUploadLeftovers> logger) : IStartupTask
{
    public int Order => 50;

    public Task RunAsync(CancellationToken cancellationToken)
    {
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(Path.GetTempPath(), CsvUpload.FilePattern))
        {
            try
            {
                File.Delete(file);
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                logger.LogDebug(e, "Upload {File} is in use; left in place", file);
            }
        }

        if (removed > 0)
        {
            logger.LogInformation("Removed {Count} uploaded files left by an import that did not end", removed);
        }

        return Task.CompletedTask;
    }
}
