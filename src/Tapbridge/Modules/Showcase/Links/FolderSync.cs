using System.Runtime.InteropServices;

namespace Tapbridge.Modules.Showcase.Links;

/// <summary>
/// Makes a folder's new and renamed names durable. fsync on a file makes its bytes durable, but POSIX keeps the name that
/// points to it in the folder, which needs an fsync of its own; .NET cannot open a folder, so this calls libc. Windows
/// journals names with the file system's metadata and needs nothing.
/// </summary>
internal static class FolderSync
{
    public static void Flush(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var descriptor = Open(System.Text.Encoding.UTF8.GetBytes(folder + "\0"), 0);
        if (descriptor < 0)
        {
            throw new IOException($"Could not open {folder} to make its files durable (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (Fsync(descriptor) != 0)
            {
                throw new IOException($"Could not make the files of {folder} durable (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Open(byte[] path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Fsync(int descriptor);

    [DllImport("libc", EntryPoint = "close")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Close(int descriptor);
}
