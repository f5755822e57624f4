package org.supervision.staff;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * An Active-Directory-like directory for the tests that sync from LDAP: UnboundID's in-memory
 * server (the one Spring's embedded LDAP uses) on a port of its own, loaded with
 * ldap/active-directory.ldif, and the application's settings to read it. Shared by
 * {@link LdapDirectorySyncTest} and the cluster test, whose nodes run in other packages.
 */
public final class LdapTestDirectory {

    public static final String BASE = "DC=example,DC=org";
    public static final String STAFF = "OU=Staff," + BASE;
    public static final String GROUPS = "OU=Groups," + BASE;
    /** Entries under {@link #STAFF} the filter finds and the sync imports (one more, a disabled account, is not). */
    public static final int STAFF_IMPORTED = 6;

    private LdapTestDirectory() {
    }

    public static InMemoryDirectoryServer start() {
        try {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            // a port of its own rather than 0, so that a test can stop the server and start it again there
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", port));
            config.setSchema(null); // Active Directory's attributes (employeeID, memberOf, …) are not in the standard schema
            config.addAdditionalBindCredentials("CN=svc-supervision,OU=Service Accounts," + BASE, "service-secret");
            InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
            server.importFromLDIF(true, LdapTestDirectory.class.getResource("/ldap/active-directory.ldif").getPath());
            server.startListening();
            return server;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The application's settings (without the leading {@code --}) for the directory on that server. */
    public static Map<String, String> settings(InMemoryDirectoryServer server, String cron) {
        String ldap = "supervision.directory.ldap.";
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(ldap + "enabled", "true");
        settings.put(ldap + "urls[0]", "ldap://localhost:" + server.getListenPort());
        settings.put(ldap + "username", "CN=svc-supervision,OU=Service Accounts," + BASE);
        settings.put(ldap + "password", "service-secret");
        settings.put(ldap + "search-base", STAFF);
        settings.put(ldap + "filter", "(&(objectClass=user)(employeeID=*))");
        settings.put(ldap + "page-size", "3"); // several pages, as Active Directory's 1000-entry pages do
        settings.put(ldap + "cron", cron);
        settings.put(ldap + "attributes.category", "employeeType");
        settings.put(ldap + "category-groups.MANAGER", "CN=Team Managers," + GROUPS);
        settings.put(ldap + "category-groups.SOCIAL_WORKER", "CN=Social Workers," + GROUPS);
        settings.put(ldap + "category-groups.ADVANCED_PRACTITIONER", "CN=Advanced Practitioners," + GROUPS);
        settings.put(ldap + "category-values.PEER_WORKER", "Peer Worker");
        settings.put(ldap + "category-values.OTHER_STAFF", "Other staff");
        settings.put(ldap + "role-groups.HR", "CN=HR Team," + GROUPS);
        return settings;
    }

    /** What a node's scheduler calls when the sync's cron fires: the scheduled sync with its cluster lock. */
    public static void scheduledSyncFires(ApplicationContext node) {
        node.getBean(ScheduledLdapSync.class).run();
    }

    /** The name of the sync's row in the {@code shedlock} table. */
    public static String lockName() {
        return LdapDirectorySync.LOCK;
    }
}
