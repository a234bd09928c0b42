using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using MimeKit;
using netDumbster.smtp;

namespace PesTor.Tests.Integration.Infrastructure;

/// <summary>
/// A real SMTP server (netDumbster) on a free loopback port. A test site is pointed at it through configuration
/// (<see cref="Configure"/>: <c>PesTor:Smtp:*</c>, plain SMTP); tests wait for the messages the site sends and read them
/// as MIME (so links in the body are read as a mail client would).
/// </summary>
public sealed class SmtpListener : IDisposable
{
    public const string Sender = "PES-TOR test <noreply@pestor.test>";

    private readonly SimpleSmtpServer _server;
    private readonly ConcurrentQueue<MimeMessage> _messages = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly ConcurrentDictionary<MimeMessage, bool> _taken = new();

    private SmtpListener()
    {
        _server = netDumbster.smtp.Configuration.Configure().WithAddress(IPAddress.Loopback).WithRandomPort().DoNotReuseAddress().Build();
        _server.MessageReceived += (_, args) =>
        {
            _messages.Enqueue(Parse(args.Message));
            _arrived.Release();
        };
    }

    public string Host => "127.0.0.1";

    public int Port => _server.Configuration.Port;

    /// <summary>Every message received so far, oldest first.</summary>
    public IReadOnlyCollection<MimeMessage> Messages => _messages;

    public static SmtpListener Start() => new();

    /// <summary>Points a site at this listener (configuration fallback; site settings without a host leave it in force).</summary>
    public void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("PesTor:Smtp:Host", Host);
        builder.UseSetting("PesTor:Smtp:Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("PesTor:Smtp:TlsMode", "None");
        builder.UseSetting("PesTor:Smtp:Sender", Sender);
    }

    /// <summary>Waits for a message to this address (the first received that was not taken before), or fails after the timeout.</summary>
    public async Task<MimeMessage> WaitForMessageAsync(string to, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var match = _messages.FirstOrDefault(m => !_taken.ContainsKey(m) && m.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase)));
            if (match is not null && _taken.TryAdd(match, true))
            {
                return match;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"No e-mail to {to} arrived; received: {string.Join(", ", _messages.Select(m => $"{m.To} \"{m.Subject}\""))}");
            }

            await _arrived.WaitAsync(left);
        }
    }

    /// <summary>The first link in the message's text body that starts with the given prefix (e.g. the site's address).</summary>
    public static string LinkIn(MimeMessage message, string startingWith)
    {
        var text = message.TextBody ?? "";
        var start = text.IndexOf(startingWith, StringComparison.Ordinal);
        Assert.True(start >= 0, $"No link starting with {startingWith} in:\n{text}");
        var end = text.IndexOfAny([' ', '\r', '\n', '\t', '>', '"'], start);
        return end < 0 ? text[start..] : text[start..end];
    }

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
        _arrived.Dispose();
    }

    private static MimeMessage Parse(SmtpMessage message)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(message.Data));
        return MimeMessage.Load(stream);
    }
}
