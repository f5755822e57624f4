package org.supervision.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Where a login comes from, as {@link LoginThrottle} counts it: the request's remote
 * address (the client's only when Spring Boot trusts the proxy's X-Forwarded-For, see
 * deploy/README.md). An IPv6 client can pick any address of its /64 network, so IPv6
 * sources are counted per /64. Also how "forgotten password" requests are counted.
 */
public final class LoginSource {

    static final String UNKNOWN = "unknown";

    private LoginSource() {
    }

    static String of(Object authenticationDetails) {
        if (authenticationDetails instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
            return of(web.getRemoteAddress());
        }
        return UNKNOWN;
    }

    public static String of(String remoteAddress) {
        if (remoteAddress.indexOf(':') < 0) {
            return remoteAddress;
        }
        try {
            // a literal IPv6 address: parsed, never looked up in DNS
            if (InetAddress.getByName(remoteAddress) instanceof Inet6Address v6) {
                byte[] network = Arrays.copyOf(v6.getAddress(), 16);
                Arrays.fill(network, 8, 16, (byte) 0);
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            }
            return InetAddress.getByName(remoteAddress).getHostAddress(); // IPv4-mapped
        } catch (UnknownHostException e) {
            return remoteAddress;
        }
    }
}
