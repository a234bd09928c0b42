using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace PesTor.Workflows.Services;

/// <summary>
/// Decides where a webhook may go. Checked twice: the URL when it is saved and sent, and the address actually connected to
/// (so a host name that resolves to a private address, or changes to one, is refused too).
/// </summary>
public sealed class WebhookAddressPolicy(IOptions<WebhookOptions> options)
{
    /// <summary>Null when the URL may be used, otherwise why not.</summary>
    public string? CheckUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return "Adres webhooka musi być pełnym adresem http:// lub https://.";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "Adres webhooka nie może zawierać loginu ani hasła.";
        }

        var hosts = options.Value.AllowedHosts;
        if (hosts.Count > 0 && !hosts.Contains(uri.IdnHost, StringComparer.OrdinalIgnoreCase))
        {
            return $"Host {uri.IdnHost} nie jest na liście dozwolonych hostów webhooków.";
        }

        return IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var address) ? CheckAddress(address) : null;
    }

    /// <summary>Null when a connection to this address is allowed, otherwise why not.</summary>
    public string? CheckAddress(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (!IsPrivate(address) || options.Value.AllowedPrivateAddresses.Any(a => IPAddress.TryParse(a, out var allowed) && allowed.Equals(address)))
        {
            return null;
        }

        return $"Adres {address} jest adresem wewnętrznym (pętla zwrotna, sieć prywatna lub lokalna); webhooki nie są do niego wysyłane.";
    }

    private static bool IsPrivate(IPAddress address)
    {
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
        {
            return true;
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast;
        }

        var b = address.GetAddressBytes();
        return b[0] switch
        {
            0 or 10 or 127 => true,
            100 => b[1] >= 64 && b[1] <= 127, // carrier-grade NAT
            169 => b[1] == 254, // link-local, cloud metadata
            172 => b[1] >= 16 && b[1] <= 31,
            192 => b[1] == 168 || (b[1] == 0 && b[2] == 0),
            198 => b[1] is 18 or 19, // benchmarking
            >= 224 => true, // multicast and reserved
            _ => false,
        };
    }
}
