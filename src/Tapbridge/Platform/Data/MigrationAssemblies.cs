using System.Reflection;

namespace Tapbridge.Platform.Data;

/// <summary>
/// Each provider's migrations are an assembly of their own that references this one, so this one cannot reference them
/// (ADR 26): they are built into the same folder and loaded from it.
/// </summary>
internal static class MigrationAssemblies
{
    public static Assembly For(DatabaseProvider provider)
    {
        var name = $"Tapbridge.Migrations.{provider}";
        var folder = Path.GetDirectoryName(typeof(MigrationAssemblies).Assembly.Location) ?? AppContext.BaseDirectory;
        var path = Path.Combine(folder, name + ".dll");
        if (!File.Exists(path))
        {
            throw new InvalidConfigurationException($"The {provider} migrations ({name}.dll) are missing from {folder}. "
                + "Build src/Tapbridge, which builds them, or the solution.");
        }

        return Assembly.LoadFrom(path);
    }
}
