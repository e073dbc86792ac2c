using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Tapbridge.Platform.Data;

namespace Tapbridge.Tests.Infrastructure;

/// <summary>Every log line the app writes, at every level, message and exception, for tests that check what logs reveal.</summary>
public sealed class LogCapture : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception} {state}");
    }
}

/// <summary>An app whose every log line, down to Trace, is kept in <see cref="Logs"/>.</summary>
public abstract class LoggedApp(DatabaseProvider provider) : TapbridgeApp(provider)
{
    public LogCapture Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<LogCapture>(null, LogLevel.Trace));
    }
}

public sealed class LoggedSqliteApp() : LoggedApp(DatabaseProvider.Sqlite);

public sealed class LoggedPostgresApp() : LoggedApp(DatabaseProvider.Postgres);
